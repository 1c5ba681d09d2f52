// Roles and tie kinds as drawn: shape, colour (Okabe–Ito, safe for colour-blind viewers) and
// line style. The Cytoscape stylesheet and the legend both read these, so they cannot drift.

export interface RoleLook {
  role: string;
  label: string;
  /** A Cytoscape node shape. */
  shape: 'ellipse' | 'round-diamond' | 'star' | 'round-rectangle' | 'round-triangle';
  color: string;
  /** Text explaining the role in the legend. */
  description: string;
}

export interface KindLook {
  kind: string;
  label: string;
  color: string;
  /** Dash pattern in px; empty for a solid line. */
  dash: number[];
  /** How to read an arrow of this kind: "A → B: A …". */
  reading: string;
}

export const ROLE_LOOKS: readonly RoleLook[] = [
  {
    role: 'manager',
    label: 'Manager',
    shape: 'round-rectangle',
    color: '#D55E00',
    description: 'hospital or municipal management',
  },
  {
    role: 'regional-coordinator',
    label: 'Regional coordinator',
    shape: 'star',
    color: '#CC79A7',
    description: 'runs the collaborative in the region',
  },
  {
    role: 'coordinator',
    label: 'Local coordinator',
    shape: 'round-diamond',
    color: '#E69F00',
    description: 'local quality coordinator of a team',
  },
  {
    role: 'member',
    label: 'Team member',
    shape: 'ellipse',
    color: '#56B4E9',
    description: 'nurse, physician, therapist, municipal staff',
  },
];
export const OTHER_ROLE: RoleLook = {
  role: '',
  label: 'Other role',
  shape: 'round-triangle',
  color: '#999999',
  description: 'any other role named in the file',
};

export const KIND_LOOKS: readonly KindLook[] = [
  {
    kind: 'leadership',
    label: 'Leadership',
    color: '#009E73',
    dash: [],
    reading: 'looks to B for leadership',
  },
  {
    kind: 'support',
    label: 'Support',
    color: '#D55E00',
    dash: [12, 6],
    reading: 'receives support from B',
  },
  {
    kind: 'coordination',
    label: 'Coordination',
    color: '#0072B2',
    dash: [2, 5],
    reading: 'is coordinated by B',
  },
  {
    kind: 'reporting',
    label: 'Reporting',
    color: '#555555',
    dash: [12, 4, 2, 4],
    reading: 'reports to B',
  },
];
export const OTHER_KIND: KindLook = {
  kind: '',
  label: 'Other kind',
  color: '#999999',
  dash: [6, 3],
  reading: 'names B (a kind from the file)',
};

export function roleLook(role: string): RoleLook {
  return ROLE_LOOKS.find((r) => r.role === role) ?? OTHER_ROLE;
}

export function kindLook(kind: string): KindLook {
  return KIND_LOOKS.find((k) => k.kind === kind) ?? OTHER_KIND;
}

/** The name to show for a role: ours for a known role, the file's own string otherwise. */
export function roleName(role: string): string {
  const look = roleLook(role);
  return look === OTHER_ROLE ? role : look.label;
}

/** The name to show for a tie kind: ours for a known kind, the file's own string otherwise. */
export function kindName(kind: string): string {
  const look = kindLook(kind);
  return look === OTHER_KIND ? kind : look.label;
}

/** A class name for an element of a known role or kind; `other` for any other string. */
export function roleClass(role: string): string {
  return ROLE_LOOKS.some((r) => r.role === role) ? `role-${role}` : 'role-other';
}

export function kindClass(kind: string): string {
  return KIND_LOOKS.some((k) => k.kind === kind) ? `kind-${kind}` : 'kind-other';
}

/** Tie width in px for a weight in (0, 1]. */
export const widthForWeight = (weight: number): number => 1 + 4 * weight;

/** An SVG path of a role's shape in a 20×20 box (the side panel's legend and the SVG export's). */
export function shapePath(shape: RoleLook['shape']): string {
  switch (shape) {
    case 'round-rectangle':
      return 'M3 3 H17 V17 H3 Z';
    case 'round-diamond':
      return 'M10 1 L19 10 L10 19 L1 10 Z';
    case 'star':
      return 'M10 1 L12.6 7.2 L19 7.4 L14 11.6 L15.8 18.5 L10 14.6 L4.2 18.5 L6 11.6 L1 7.4 L7.4 7.2 Z';
    case 'round-triangle':
      return 'M10 2 L18.5 17.5 H1.5 Z';
    default:
      return 'M10 2 A8 8 0 1 1 9.99 2 Z';
  }
}
