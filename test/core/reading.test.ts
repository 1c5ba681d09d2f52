// A team's reading follows Leadnet's documented conventions, reads density against team size,
// says what Freeman centralization is (concentration on one person), keeps unrecorded support
// apart from no support, names the tie kinds it is about, and the median ignores nulls.
import { describe, expect, it } from 'vitest';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { englishText } from '../../src/core/messages';
import { computeMetrics } from '../../src/core/metrics/compute';
import {
  TEAM_READING_CONVENTIONS as T,
  type TeamReading,
  median,
  readTeam,
  teamTieKinds,
} from '../../src/core/metrics/reading';
import type { MetricValue } from '../../src/core/metrics/types';

const sentence = (reading: TeamReading) => reading.sentences.map((s) => englishText(s)).join(' ');
const rules = (reading: TeamReading) =>
  reading.clauses.map((c) => `${englishText(c.text)}: ${englishText(c.because)}`);
/** The reading's first clause (how leadership is shared), in English. */
const sharing = (values: Record<string, MetricValue>) =>
  englishText(readTeam(values).clauses[0]!.text);

/** A team of `size` with `arcs` ties among its members: density and mean in-degree from them. */
function team(size: number, arcs: number, more: Record<string, MetricValue> = {}) {
  return {
    actors: size,
    density: arcs / (size * (size - 1)),
    meanInDegree: arcs / size,
    inCentralization: 0.2,
    supportLevel: 0.8,
    ...more,
  };
}

describe('readTeam', () => {
  it('reads shared leadership whose support is not recorded: unknown, not "not supported"', () => {
    // The medical ward: 6 people, 17 ties among them: density 17/30 = 57 %, a member looked to
    // by 17/6 = 2.8 colleagues on average (≥ 2), centralization 0.52 < 0.6: widely shared. No
    // member has a support tie to a manager: supportLevel null.
    const reading = readTeam(team(6, 17, { inCentralization: 0.52, supportLevel: null }));
    expect(sentence(reading)).toBe(
      'Leadership is widely shared; support from management is not recorded.',
    );
    expect(rules(reading)).toEqual([
      'widely shared: a member is looked to by 2.8 colleagues on average, at least 2 (density 57 % in a team of 6), and in-degree centralization 52 % < 60 %',
      'support not recorded: no member has a support tie to a manager recorded: unknown, which is not the same as none',
    ]);
    expect(reading.clauses[1]!.positive).toBeNull();
  });

  it('says centralization is concentration on one person, and adds coordinator dependence', () => {
    // The emergency department: 8 people, 10 ties (mean 1.25, not sparse), centralization 0.94:
    // nearly everyone looks to one person; 71 % of the routes between members pass the
    // coordinator.
    const reading = readTeam(
      team(8, 10, { inCentralization: 0.94, supportLevel: 0.7, coordinatorDependence: 0.714 }),
    );
    expect(sentence(reading)).toBe(
      'Leadership is concentrated on one person but supported by management. 71 % of the routes between its members run through the coordinator.',
    );
    expect(rules(reading)[0]).toBe(
      'concentrated on one person: in-degree centralization 94 % ≥ 60 %: being looked to is concentrated on one person (100 % when everyone looks to the same person)',
    );
    expect(rules(reading)[2]).toBe(
      'hangs on the coordinator: coordinator dependence 71 % ≥ 50 %: that share of the routes between members would be cut if the coordinator left',
    );
  });

  it('reads density against team size: the same density is sparse in a small team, shared in a large one', () => {
    // Density 25 % in a team of 4 is 3 ties: a member is looked to by 0.75 colleagues on
    // average (< 1): sparse. Density 25 % in a team of 12 is 33 ties: 2.75 colleagues (≥ 2):
    // widely shared. Each member looking to two colleagues gives 2 whatever the size.
    expect(team(4, 3).density).toBe(0.25);
    expect(team(12, 33).density).toBe(0.25);
    expect(sharing(team(4, 3))).toBe('sparse');
    expect(sharing(team(12, 33))).toBe('widely shared');
    expect(rules(readTeam(team(4, 3)))[0]).toBe(
      'sparse: a member is looked to by 0.8 colleagues on average, fewer than 1 (density 25 % in a team of 4)',
    );
  });

  it('puts each convention on its documented side', () => {
    expect(sharing(team(10, 9.9))).toBe('sparse'); // mean 0.99
    expect(sharing(team(10, 10))).toBe('partly shared'); // mean 1
    expect(sharing(team(10, 19.9))).toBe('partly shared'); // mean 1.99
    expect(sharing(team(10, 20))).toBe('widely shared'); // mean 2
    expect(sharing(team(10, 40, { inCentralization: T.concentratedCentralization }))).toBe(
      'concentrated on one person',
    );
    expect(sharing(team(10, 40, { inCentralization: 0.59 }))).toBe('widely shared');
    // Sparse comes first: a team with almost no ties is sparse, however they are spread.
    expect(sharing(team(10, 5, { inCentralization: 1 }))).toBe('sparse');
    const backing = (supportLevel: number) =>
      englishText(readTeam(team(6, 12, { supportLevel })).clauses[1]!.text);
    expect(backing(T.weakSupport - 0.01)).toBe('only weakly supported by management');
    expect(backing(T.weakSupport)).toBe('supported by management');
    const dependent = (coordinatorDependence: number) =>
      readTeam(team(6, 12, { coordinatorDependence })).sentences.length;
    expect(dependent(T.coordinatorDependence)).toBe(2);
    expect(dependent(T.coordinatorDependence - 0.01)).toBe(1);
  });

  it('says nothing about a coordinator a team does not have', () => {
    const reading = readTeam(team(6, 12, { coordinatorDependence: null }));
    expect(reading.sentences).toHaveLength(1);
    expect(reading.clauses.map((c) => c.rule)).not.toContain('coordinator-dependence');
  });

  it('says a team of one is too small to read, without inventing numbers', () => {
    const reading = readTeam({
      actors: 1,
      density: null,
      meanInDegree: null,
      inCentralization: null,
      supportLevel: 0.6,
    });
    expect(sentence(reading)).toBe(
      'The team has fewer than two people: there are no ties among them to read.',
    );
    expect(reading.clauses[0]!.rule).toBe('too-small');
    expect(Object.keys(reading.clauses[0]!.because.params)).toEqual([]);
  });

  it('speaks of leadership only when the ties read are leadership ties, and names the kinds otherwise', () => {
    const values = team(6, 12, { supportLevel: 0.3 });
    expect(sentence(readTeam(values, ['leadership']))).toBe(
      'Leadership is widely shared but only weakly supported by management.',
    );
    expect(sentence(readTeam(values, ['coordination', 'support']))).toBe(
      'The team’s ties ("coordination" and "support") are widely shared but only weakly supported by management.',
    );
    expect(sentence(readTeam({ ...values, supportLevel: null }, ['advice']))).toBe(
      'The team’s ties ("advice") are widely shared; support from management is not recorded.',
    );
  });

  it('labels its thresholds as Leadnet’s conventions, not norms', () => {
    expect(englishText(readTeam(team(6, 12)).conventions)).toBe(
      'The thresholds are Leadnet’s conventions for a first reading, not norms from research: read the numbers too.',
    );
  });
});

describe('the example’s teams', () => {
  const doc = createExampleDocument();
  const result = computeMetrics(doc);
  const readingOf = (id: string) => {
    const i = result.groups.ids.indexOf(id);
    const values = Object.fromEntries(
      Object.entries(result.groups.values).map(([measure, column]) => [measure, column[i]!]),
    );
    return sentence(readTeam(values, teamTieKinds(doc, id, result.kinds)));
  };

  it('read as the example was designed, in the corrected words', () => {
    // The medical ward's support is unrecorded (it was "not supported by management"); the
    // emergency department is concentrated on one person (it was "on a few people").
    expect(
      Object.fromEntries(
        doc.groups.filter((g) => g.kind === 'team').map((g) => [g.id, readingOf(g.id)]),
      ),
    ).toEqual({
      'team-ortho': 'Leadership is widely shared and supported by management.',
      'team-ed':
        'Leadership is concentrated on one person but supported by management. 71 % of the routes between its members run through the coordinator.',
      'team-med': 'Leadership is widely shared; support from management is not recorded.',
      'team-homecare': 'Leadership is sparse but supported by management.',
      'team-rehab': 'Leadership is widely shared and supported by management.',
      'team-nursinghome': 'Leadership is partly shared but only weakly supported by management.',
    });
  });

  it('is about the kinds of the ties inside the team: leadership, whatever else is selected', () => {
    // All four kinds counted, but the ties inside each team are all leadership ties.
    expect(teamTieKinds(doc, 'team-ed', [])).toEqual(['leadership']);
    // Coordination only: no coordination tie inside a team, so the reading names that kind.
    expect(teamTieKinds(doc, 'team-ed', ['coordination'])).toEqual(['coordination']);
    // An organisation holds coordination ties between its teams' coordinators too.
    expect(teamTieKinds(doc, 'org-hospital', []).sort()).toEqual(
      expect.arrayContaining(['coordination', 'leadership']),
    );
  });
});

describe('median', () => {
  it('ignores nulls and averages the middle pair', () => {
    expect(median([3, null, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null])).toBeNull();
  });
});
