// Roles and tie kinds as drawn: shape, colour (Okabe–Ito, safe for colour-blind viewers) and
// line style. The Cytoscape stylesheet and the legend both read these, so they cannot drift.
// Their names and explanations are read in the UI's language each time they are used (getters),
// so a legend or a table shows them in the language just chosen.
import { m } from '../i18n-plain';

export interface RoleLook {
  role: string;
  /** The role's name in the UI's language. */
  label: string;
  /** A Cytoscape node shape. */
  shape: 'ellipse' | 'round-diamond' | 'star' | 'round-rectangle' | 'round-triangle';
  color: string;
  /** Text explaining the role in the legend (in the UI's language). */
  description: string;
}

export interface KindLook {
  kind: string;
  /** The kind's name in the UI's language. */
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
    get label() {
      return m.app_role_manager();
    },
    shape: 'round-rectangle',
    color: '#D55E00',
    get description() {
      return m.app_role_manager_about();
    },
  },
  {
    role: 'regional-coordinator',
    get label() {
      return m.app_role_regional_coordinator();
    },
    shape: 'star',
    color: '#CC79A7',
    get description() {
      return m.app_role_regional_coordinator_about();
    },
  },
  {
    role: 'coordinator',
    get label() {
      return m.app_role_coordinator();
    },
    shape: 'round-diamond',
    color: '#E69F00',
    get description() {
      return m.app_role_coordinator_about();
    },
  },
  {
    role: 'member',
    get label() {
      return m.app_role_member();
    },
    shape: 'ellipse',
    color: '#56B4E9',
    get description() {
      return m.app_role_member_about();
    },
  },
];
export const OTHER_ROLE: RoleLook = {
  role: '',
  get label() {
    return m.app_role_other();
  },
  shape: 'round-triangle',
  color: '#999999',
  get description() {
    return m.app_role_other_about();
  },
};

export const KIND_LOOKS: readonly KindLook[] = [
  {
    kind: 'leadership',
    get label() {
      return m.app_kind_leadership();
    },
    color: '#009E73',
    dash: [],
    get reading() {
      return m.app_kind_leadership_reading();
    },
  },
  {
    kind: 'support',
    get label() {
      return m.app_kind_support();
    },
    color: '#D55E00',
    dash: [12, 6],
    get reading() {
      return m.app_kind_support_reading();
    },
  },
  {
    kind: 'coordination',
    get label() {
      return m.app_kind_coordination();
    },
    color: '#0072B2',
    dash: [2, 5],
    get reading() {
      return m.app_kind_coordination_reading();
    },
  },
  {
    kind: 'reporting',
    get label() {
      return m.app_kind_reporting();
    },
    color: '#555555',
    dash: [12, 4, 2, 4],
    get reading() {
      return m.app_kind_reporting_reading();
    },
  },
];
export const OTHER_KIND: KindLook = {
  kind: '',
  get label() {
    return m.app_kind_other();
  },
  color: '#999999',
  dash: [6, 3],
  get reading() {
    return m.app_kind_other_reading();
  },
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

/** The group kinds Leadnet knows, by name in the UI's language. */
const GROUP_KIND_NAMES: ReadonlyMap<string, () => string> = new Map([
  ['team', () => m.app_group_kind_team()],
  ['organization', () => m.app_group_kind_organization()],
  ['region', () => m.app_group_kind_region()],
  ['collaborative', () => m.app_group_kind_collaborative()],
]);

/** The name to show for a group kind: ours for a known kind, the file's own string otherwise. */
export function groupKindName(kind: string): string {
  return GROUP_KIND_NAMES.get(kind)?.() ?? kind;
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
