// The built-in example: a fictional quality improvement collaborative modelled on the seed
// study (Carstensen, Kjeldsen & Nielsen 2024). Its teams differ on purpose, so analysis and
// simulation have something to show. All people and places are invented.
import type { Actor, Group, NetworkDocument, Tie } from '../document/types';
import { exampleStory } from '../views/example-story';

interface TeamSpec {
  id: string;
  label: string;
  organization: string;
  /** The coordinator first, then the members: [name, profession]. */
  people: [string, string][];
  /** Leadership ties as [from, to, weight], 0 = the coordinator, 1… = the members in order. */
  leadership: [number, number, number][];
  /** What this team is meant to show. */
  note: string;
}

/** Each member leans on the next one and the one after (both ways), and on the coordinator. */
function ringTies(
  members: number,
  reach: number,
  weights: readonly number[],
): [number, number, number][] {
  const ties: [number, number, number][] = [];
  let w = 0;
  const next = () => weights[w++ % weights.length] as number;
  for (let i = 1; i <= members; i += 1) {
    for (let step = 1; step <= reach; step += 1) {
      const j = ((i - 1 + step) % members) + 1;
      ties.push([i, j, next()], [j, i, next()]);
    }
    ties.push([i, 0, next()]);
  }
  return ties;
}

const TEAMS: TeamSpec[] = [
  {
    id: 'team-ortho',
    label: 'Orthopaedic ward',
    organization: 'org-hospital',
    note: 'Dense, reciprocal leadership shared across professions, well supported by management.',
    people: [
      ['Mette H.', 'nurse'],
      ['Jonas B.', 'physician'],
      ['Sofie L.', 'nurse'],
      ['Kasper D.', 'physiotherapist'],
      ['Ida K.', 'nurse'],
      ['Anders V.', 'healthcare assistant'],
      ['Camilla B.', 'occupational therapist'],
      ['Rasmus Ø.', 'physician'],
    ],
    leadership: [
      ...ringTies(7, 2, [0.9, 0.8, 0.7, 0.8, 0.6, 0.9, 0.7]),
      [0, 1, 0.8],
      [0, 3, 0.7],
      [0, 5, 0.6],
    ],
  },
  {
    id: 'team-ed',
    label: 'Emergency department',
    organization: 'org-hospital',
    note: 'Centralised: nearly every member looks to the coordinator, few look to each other.',
    people: [
      ['Lars W.', 'nurse'],
      ['Emma S.', 'nurse'],
      ['Frederik B.', 'physician'],
      ['Julie K.', 'nurse'],
      ['Mikkel F.', 'paramedic'],
      ['Laura S.', 'nurse'],
      ['Nikolaj H.', 'physician'],
      ['Freja L.', 'secretary'],
    ],
    leadership: [
      [1, 0, 0.9],
      [2, 0, 0.9],
      [3, 0, 0.8],
      [4, 0, 0.9],
      [5, 0, 0.7],
      [6, 0, 0.8],
      [7, 0, 0.6],
      [0, 2, 0.5],
      [5, 1, 0.4],
      [6, 2, 0.5],
    ],
  },
  {
    id: 'team-med',
    label: 'Medical ward',
    organization: 'org-hospital',
    note: 'Leadership is shared, but no one in the team records support from management.',
    people: [
      ['Hanne R.', 'nurse'],
      ['Peter M.', 'physician'],
      ['Signe B.', 'nurse'],
      ['Thomas L.', 'healthcare assistant'],
      ['Maja F.', 'nurse'],
      ['Oliver H.', 'pharmacist'],
    ],
    leadership: [...ringTies(5, 1, [0.7, 0.6, 0.8, 0.5, 0.7]), [0, 2, 0.6], [0, 4, 0.5]],
  },
  {
    id: 'team-homecare',
    label: 'Home care north',
    organization: 'org-municipality',
    note: 'Few ties within the team: members work alone on their routes.',
    people: [
      ['Karen T.', 'nurse'],
      ['Mads N.', 'healthcare assistant'],
      ['Louise V.', 'healthcare helper'],
      ['Søren K.', 'healthcare assistant'],
      ['Pia L.', 'healthcare helper'],
      ['Ahmad R.', 'healthcare assistant'],
      ['Tina B.', 'nurse'],
    ],
    leadership: [
      [1, 0, 0.6],
      [2, 0, 0.5],
      [4, 3, 0.4],
    ],
  },
  {
    id: 'team-rehab',
    label: 'Rehabilitation centre',
    organization: 'org-municipality',
    note: 'Moderately shared leadership with good support.',
    people: [
      ['Dorthe K.', 'physiotherapist'],
      ['Jesper H.', 'occupational therapist'],
      ['Nanna R.', 'physiotherapist'],
      ['Bo S.', 'healthcare assistant'],
      ['Cecilie M.', 'nurse'],
      ['Yusuf D.', 'physiotherapist'],
    ],
    leadership: [...ringTies(5, 1, [0.8, 0.7, 0.6, 0.8, 0.7, 0.6]), [0, 1, 0.7]],
  },
  {
    id: 'team-nursinghome',
    label: 'Søhøj nursing home',
    organization: 'org-municipality',
    note: 'Leadership partly shared; support from management is weak.',
    people: [
      ['Gitte M.', 'nurse'],
      ['Lene E.', 'healthcare assistant'],
      ['Morten J.', 'healthcare helper'],
      ['Anne K.', 'healthcare assistant'],
      ['Rikke S.', 'healthcare helper'],
      ['Henrik B.', 'healthcare assistant'],
      ['Marianne R.', 'nurse'],
    ],
    leadership: [
      [1, 2, 0.5],
      [2, 3, 0.4],
      [3, 4, 0.5],
      [4, 5, 0.4],
      [5, 6, 0.6],
      [6, 1, 0.4],
      [2, 1, 0.5],
      [4, 3, 0.6],
      [1, 0, 0.7],
      [3, 0, 0.6],
      [5, 0, 0.5],
      [6, 0, 0.7],
    ],
  },
];

/** Support from management, as [actor, manager, weight]: the weight is how strong it is. */
const SUPPORT: [string, string, number][] = [
  ['team-ortho-c', 'mgr-hospital', 0.9],
  ['team-ortho-2', 'mgr-hospital', 0.7],
  ['team-ed-c', 'mgr-hospital', 0.7],
  ['team-homecare-c', 'mgr-municipality', 0.6],
  ['team-rehab-c', 'mgr-municipality', 0.8],
  ['team-nursinghome-c', 'mgr-municipality', 0.3],
];

/** Coordination, as [coordinated, coordinator, weight]. */
const COORDINATION: [string, string, number][] = [
  ['team-ortho-c', 'regional-coordinator', 0.9],
  ['team-ed-c', 'regional-coordinator', 0.8],
  ['team-med-c', 'regional-coordinator', 0.6],
  ['team-homecare-c', 'regional-coordinator', 0.5],
  ['team-rehab-c', 'regional-coordinator', 0.7],
  ['team-nursinghome-c', 'regional-coordinator', 0.4],
  ['team-med-c', 'team-ortho-c', 0.6],
  ['team-ortho-c', 'team-med-c', 0.5],
  ['team-homecare-c', 'team-rehab-c', 0.5],
  ['mgr-municipality', 'regional-coordinator', 0.4],
  ['mgr-hospital', 'regional-coordinator', 0.5],
];

/** A cross-team leadership tie: a medical-ward nurse looks to an orthopaedic colleague. */
const CROSS_TEAM: [string, string, number][] = [['team-med-3', 'team-ortho-2', 0.4]];

export function createExampleDocument(): NetworkDocument {
  const groups: Group[] = [
    { id: 'region-vest', label: 'Region Vest (fictional)', kind: 'region' },
    { id: 'org-hospital', label: 'Vestby Hospital', kind: 'organization', parent: 'region-vest' },
    {
      id: 'org-municipality',
      label: 'Vestby Municipality',
      kind: 'organization',
      parent: 'region-vest',
    },
  ];
  const actors: Actor[] = [
    {
      id: 'regional-coordinator',
      label: 'Birgitte A.',
      role: 'regional-coordinator',
      group: 'region-vest',
      attributes: { profession: 'nurse', title: 'Regional QI coordinator' },
    },
    {
      id: 'mgr-hospital',
      label: 'Henrik Q.',
      role: 'manager',
      group: 'org-hospital',
      attributes: { profession: 'physician', title: 'Hospital director' },
    },
    {
      id: 'mgr-municipality',
      label: 'Lone I.',
      role: 'manager',
      group: 'org-municipality',
      attributes: { profession: 'nurse', title: 'Head of elderly care' },
    },
  ];
  const ties: Tie[] = [];
  const addTie = (source: string, target: string, kind: string, weight: number) =>
    ties.push({ id: `${kind}-${source}-${target}`, source, target, kind, weight });

  for (const team of TEAMS) {
    groups.push({
      id: team.id,
      label: team.label,
      kind: 'team',
      parent: team.organization,
      attributes: { note: team.note },
    });
    const ids = team.people.map((_, i) => (i === 0 ? `${team.id}-c` : `${team.id}-${i}`));
    team.people.forEach(([name, profession], i) => {
      actors.push({
        id: ids[i] as string,
        label: name,
        role: i === 0 ? 'coordinator' : 'member',
        group: team.id,
        attributes: { profession },
      });
    });
    for (const [from, to, weight] of team.leadership)
      addTie(ids[from] as string, ids[to] as string, 'leadership', weight);
    const manager = team.organization === 'org-hospital' ? 'mgr-hospital' : 'mgr-municipality';
    addTie(`${team.id}-c`, manager, 'reporting', 1);
  }
  for (const [s, t, w] of SUPPORT) addTie(s, t, 'support', w);
  for (const [s, t, w] of COORDINATION) addTie(s, t, 'coordination', w);
  for (const [s, t, w] of CROSS_TEAM) addTie(s, t, 'leadership', w);

  return {
    format: 'leadnet-network',
    version: 1,
    meta: {
      title: 'Example: a regional patient-safety collaborative',
      description:
        'A fictional quality improvement collaborative modelled on the two Danish QICs of Carstensen, Kjeldsen & Nielsen (2024): one region with a regional coordinator, a hospital and a municipality with a manager each, and six local QI teams that differ on purpose. All names are invented.',
      source: 'Leadnet built-in example',
      created: '2026-11-26',
    },
    groups,
    actors,
    ties,
    scenarios: [],
    parameters: {},
    // A four-step story to present (src/core/views/example-story.ts).
    views: exampleStory(),
  };
}
