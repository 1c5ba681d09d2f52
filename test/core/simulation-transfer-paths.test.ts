// Transfer over the coordination paths (issue 12): the kernel keeps πₖₗ only for the pairs of
// teams a coordination tie can link, and sums Tₖ over those; on a small network whose teams share
// coordination links (two regional coordinators, direct ties) it gives the transfer of the
// pairwise definition (DESIGN §5.2: πₖₗ the strongest direct tie or product through a regional
// coordinator, Tₖ = Lcₖ·min(1, Σₗ πₖₗ·max(0, Gₗ − Gₖ)) over every other team), worked by hand.
import { describe, expect, it } from 'vitest';
import { compileModel } from '../../src/core/simulation/model';
import { createState, createStreams, resetState } from '../../src/core/simulation/step';
import { refreshStructure, transfer } from '../../src/core/simulation/structure';
import { makeDocument } from '../helpers/documents';

/**
 * Teams A, B, C (a coordinator and a member each) and D (no coordination tie at all). Regional
 * coordinator R1 is tied to A's coordinator (0.5) and B's (0.8); R2 to A's (0.9) and C's (0.3).
 * Direct coordinator ties: B–C 0.6 and A→B 0.2.
 */
function sharedLinks() {
  const actors: [string, string, string?][] = [
    ['r1', 'regional-coordinator'],
    ['r2', 'regional-coordinator'],
  ];
  for (const t of ['A', 'B', 'C', 'D'])
    actors.push([`${t}c`, 'coordinator', t], [`${t}m`, 'member', t]);
  return makeDocument(
    actors,
    [
      ['Ac', 'r1', 'coordination', 0.5],
      ['r1', 'Bc', 'coordination', 0.8],
      ['Ac', 'r2', 'coordination', 0.9],
      ['Cc', 'r2', 'coordination', 0.3],
      ['Bc', 'Cc', 'coordination', 0.6],
      ['Ac', 'Bc', 'coordination', 0.2],
      ['Am', 'Ac', 'leadership', 0.5],
    ],
    ['A', 'B', 'C', 'D'].map((id) => ({ id, kind: 'team' })),
  );
}

/** The state at week 1 with stocks Gₖ = Eₖ (Cₖ = 0) set by hand, its structure refreshed. */
function transferWith(G: number[], absent: string[] = []) {
  const doc = sharedLinks();
  const model = compileModel(doc);
  const s = createState(model);
  resetState(s, createStreams(1));
  for (const id of absent) s.present[doc.actors.findIndex((a) => a.id === id)] = 0;
  refreshStructure(s, 1);
  s.E.set(G);
  transfer(s.paths, s.pi, Float64Array.from(G), s.Lc, s.T);
  return { s, T: [...s.T] };
}

describe('transfer over the coordination paths', () => {
  it('visits only the pairs of teams that share a link (6 ordered pairs of 12; none for D)', () => {
    const { s } = transferWith([0, 0, 0, 0]);
    const teams = s.model.teamIds;
    const pairs: string[] = [];
    for (let k = 0; k < teams.length; k += 1)
      for (let q = s.paths.pairStart[k]!; q < s.paths.pairStart[k + 1]!; q += 1)
        pairs.push(`${teams[k]}${teams[s.paths.pairTeam[q]!]}`);
    expect(pairs).toEqual(['AB', 'AC', 'BA', 'BC', 'CA', 'CB']);
  });

  it('gives the pairwise definition’s transfer, worked by hand', () => {
    // π: A–B max(0.2 direct, 0.5·0.8 via R1) = 0.4; A–C 0.9·0.3 = 0.27 via R2; B–C 0.6 direct.
    // G = (0.1, 0.3, 0.6, 0.9): A pulls 0.4·0.2 + 0.27·0.5 = 0.215, B 0.6·0.3 = 0.18, C none
    // (above both partners), D none (no path, though every other team is below it).
    const { T } = transferWith([0.1, 0.3, 0.6, 0.9]);
    expect(T[0]).toBeCloseTo(0.215, 15);
    expect(T[1]).toBeCloseTo(0.18, 15);
    expect(T[2]).toBe(0);
    expect(T[3]).toBe(0);
  });

  it('drops the paths through a regional coordinator who is not there', () => {
    // Without R1, A–B is the direct 0.2 only; A–C still goes through R2.
    const { T } = transferWith([0.1, 0.3, 0.6, 0.9], ['r1']);
    expect(T[0]).toBeCloseTo(0.2 * 0.2 + 0.27 * 0.5, 15);
    expect(T[1]).toBeCloseTo(0.18, 15);
  });

  it('gives nothing to a team whose coordinator is not there, and no path through the post', () => {
    // Without B's coordinator nothing arrives in B, and no path runs through B's post.
    const { T } = transferWith([0.5, 0.1, 0.6, 0], ['Bc']);
    expect(T[1]).toBe(0);
    expect(T[0]).toBeCloseTo(0.27 * 0.1, 15);
  });
});
