// Common random numbers that hold (DESIGN §5.5): with the teams uncoupled (no activation through
// the regional coordinator, no transfer between teams), a scenario that touches one team leaves
// every other team's simulated series exactly as in the baseline — every week, every replicate —
// on the built-in example and on a generated nine-team network. Before the draws were keyed per
// post and arrival, one extra or missing newcomer in the touched team shifted the draws of every
// later newcomer in every team.
import { describe, expect, it } from 'vitest';
import type { NetworkDocument } from '../../src/core/document/types';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { createSyntheticNetwork } from '../../src/core/example/synthetic';
import {
  SERIES_NAMES,
  prepareSimulation,
  runReplicates,
} from '../../src/core/simulation/monte-carlo';
import { PRESETS, findPreset, missingNeeds } from '../../src/core/simulation/presets';
import type { UnrecordedSupport } from '../../src/core/simulation/model';

const RUNS = 6;
const uncoupled = (doc: NetworkDocument): NetworkDocument => ({
  ...doc,
  parameters: { ...doc.parameters, pr: 0, tauX: 0 },
});

/**
 * A generated nine-team network (teams of ten, coordinator first) with one manager whom eight
 * coordinators look to for support; the ninth team has none recorded and gets the median.
 */
function nineTeams(): NetworkDocument {
  const doc = createSyntheticNetwork({ actors: 90, seed: 4 });
  const support = Array.from({ length: 8 }, (_, k) => ({
    id: `s${k}`,
    source: `p${k * 10}`,
    target: 'boss',
    kind: 'support',
    weight: 0.5 + k / 20,
  }));
  return {
    ...doc,
    actors: [...doc.actors, { id: 'boss', role: 'manager' }],
    ties: [...doc.ties, ...support],
  };
}

const NETWORKS: [string, NetworkDocument, UnrecordedSupport][] = [
  ['the built-in example', uncoupled(createExampleDocument()), { assume: 'none' }],
  ['a generated nine-team network', uncoupled(nineTeams()), { assume: 'median' }],
];

const SINGLE_TEAM = PRESETS.filter((p) => p.perTeam);

describe.each(NETWORKS)('uncoupled teams on %s', (_name, doc, unrecordedSupport) => {
  const teams = doc.groups.filter((g) => g.kind === 'team').map((g) => g.id);

  it('has the teams and presets the test needs', () => {
    expect(teams.length).toBeGreaterThanOrEqual(6);
    expect(SINGLE_TEAM.map((p) => p.id)).toEqual([
      'coordinator-leaves',
      'coordinator-replaced',
      'coordinator-leaves-support-stays',
      'member-leaves',
      'matched-member-leaves',
    ]);
  });

  it.each(SINGLE_TEAM.map((p) => p.id))(
    '%s in one team leaves every other team’s series unchanged, replicate by replicate',
    (presetId) => {
      const preset = SINGLE_TEAM.find((p) => p.id === presetId)!;
      const leaks: string[] = [];
      let touched = 0;
      for (const team of teams) {
        if (missingNeeds(doc, preset, team).length > 0) continue;
        // Early, with a short vacancy, so newcomers arrive in the touched team during the run.
        const scenario = findPreset(presetId, doc, { team, week: 5 })!;
        const prepared = prepareSimulation(doc, {
          scenarios: [scenario],
          seed: 17,
          unrecordedSupport,
        });
        const { data } = runReplicates(prepared, 0, RUNS);
        const [base, run] = [data[0]!, data[1]!];
        const K = prepared.teamIds.length;
        const W = prepared.weeks + 1;
        const S = SERIES_NAMES.length;
        const k0 = prepared.teamIds.indexOf(team);
        let changed = false;
        for (let r = 0; r < RUNS; r += 1)
          for (let s = 0; s < S; s += 1)
            for (let k = 0; k < K; k += 1)
              for (let t = 0; t < W; t += 1) {
                const i = ((r * S + s) * K + k) * W + t;
                if (k === k0) changed ||= base[i] !== run[i];
                else if (base[i] !== run[i])
                  leaks.push(
                    `${team}: ${prepared.teamIds[k]} ${SERIES_NAMES[s]} r${r} t${t}: ${run[i]! - base[i]!}`,
                  );
              }
        // The scenario does something where it acts (the test would be empty otherwise).
        expect(changed, `${presetId} in ${team}`).toBe(true);
        touched += 1;
      }
      expect(leaks.slice(0, 5)).toEqual([]);
      expect(touched).toBeGreaterThanOrEqual(3);
    },
  );
});
