// A second collaborative for the simulation's tests, unlike the built-in example in shape.
// Four teams (ring, star, chain, clique), two managers and a regional coordinator.
import type { NetworkDocument } from '../../src/core/document';
import { makeDocument } from './documents';

type TieSpec = [string, string, string, number];

/** Team `id` with a coordinator `${id}-c` and members `${id}-1…`; `shape` picks the leadership ties. */
function team(id: string, size: number, shape: 'ring' | 'star' | 'chain' | 'clique') {
  const people = [`${id}-c`, ...Array.from({ length: size - 1 }, (_, i) => `${id}-${i + 1}`)];
  const ties: TieSpec[] = [];
  const w = (i: number, j: number) => 0.4 + ((i * 7 + j * 3) % 6) / 10;
  people.forEach((p, i) => {
    if (shape === 'star' && i > 0) ties.push([p, people[0]!, 'leadership', w(i, 0)]);
    if (shape === 'chain' && i > 0) ties.push([p, people[i - 1]!, 'leadership', w(i, i - 1)]);
    if (shape === 'ring') {
      ties.push([p, people[(i + 1) % size]!, 'leadership', w(i, i + 1)]);
      ties.push([people[(i + 1) % size]!, p, 'leadership', w(i + 1, i)]);
      ties.push([p, people[(i + 2) % size]!, 'leadership', w(i, i + 2)]);
    }
    if (shape === 'clique')
      people.forEach((q, j) => j !== i && ties.push([p, q, 'leadership', w(i, j)]));
  });
  return { people, ties };
}

export function makeCollaborative(): NetworkDocument {
  const teams = {
    A: team('A', 8, 'ring'),
    B: team('B', 6, 'star'),
    C: team('C', 7, 'chain'),
    D: team('D', 5, 'clique'),
  };
  const actors: [string, string, string?][] = [
    ['rc', 'regional-coordinator', 'region'],
    ['m1', 'manager', 'hosp'],
    ['m2', 'manager', 'muni'],
  ];
  for (const [id, t] of Object.entries(teams))
    t.people.forEach((p, i) => actors.push([p, i === 0 ? 'coordinator' : 'member', id]));
  const ties: TieSpec[] = [
    ...Object.values(teams).flatMap((t) => t.ties),
    ['A-c', 'm1', 'support', 0.8],
    ['B-c', 'm1', 'support', 0.6],
    ['C-2', 'm2', 'support', 0.5],
    ['D-c', 'm2', 'support', 0.9],
    ['A-c', 'rc', 'coordination', 0.8],
    ['B-c', 'rc', 'coordination', 0.6],
    ['C-c', 'rc', 'coordination', 0.7],
    ['D-c', 'rc', 'coordination', 0.5],
    ['A-c', 'B-c', 'coordination', 0.6],
  ];
  return makeDocument(actors, ties, [
    { id: 'region', kind: 'region' },
    { id: 'hosp', kind: 'organization', parent: 'region' },
    { id: 'muni', kind: 'organization', parent: 'region' },
    { id: 'A', kind: 'team', parent: 'hosp' },
    { id: 'B', kind: 'team', parent: 'hosp' },
    { id: 'C', kind: 'team', parent: 'muni' },
    { id: 'D', kind: 'team', parent: 'muni' },
  ]);
}
