// A team's one-line reading follows the documented thresholds, and the median ignores nulls.
import { describe, expect, it } from 'vitest';
import { TEAM_READING_THRESHOLDS as T, median, readTeam } from '../../src/core/metrics/reading';

describe('readTeam', () => {
  it('reads shared but unsupported leadership, the seed study’s warning case', () => {
    const reading = readTeam({ density: 0.57, inCentralization: 0.2, supportLevel: 0 });
    expect(reading.sentence).toBe('Leadership is widely shared but not supported by management.');
    expect(reading.clauses.map((c) => c.rule)).toEqual([
      'density 57 % ≥ 30 % and centralization 20 % < 60 %',
      'no support tie to a manager recorded',
    ]);
  });

  it('reads concentrated leadership even in a dense team, and adds coordinator dependence', () => {
    const reading = readTeam({
      density: 0.4,
      inCentralization: 0.8,
      supportLevel: 0.7,
      coordinatorDependence: 0.6,
    });
    expect(reading.sentence).toBe(
      'Leadership is concentrated on a few people but supported by management; its ties hang on the coordinator.',
    );
  });

  it('puts each threshold on the documented side', () => {
    expect(readTeam({ density: T.sparseDensity - 0.01, supportLevel: 1 }).clauses[0]!.text).toBe(
      'sparse',
    );
    expect(
      readTeam({ density: T.sparseDensity, inCentralization: 0, supportLevel: 1 }).clauses[0]!.text,
    ).toBe('partly shared');
    expect(
      readTeam({ density: T.sharedDensity, inCentralization: 0, supportLevel: 1 }).clauses[0]!.text,
    ).toBe('widely shared');
    expect(
      readTeam({ density: 0.5, inCentralization: T.concentratedCentralization, supportLevel: 1 })
        .clauses[0]!.text,
    ).toBe('concentrated on a few people');
    expect(readTeam({ density: 0.5, supportLevel: T.weakSupport - 0.01 }).clauses[1]!.text).toBe(
      'only weakly supported by management',
    );
    expect(readTeam({ density: 0.5, supportLevel: T.weakSupport }).clauses[1]!.text).toBe(
      'supported by management',
    );
  });

  it('says a team of one is too small to read, without inventing numbers', () => {
    expect(readTeam({ density: null, supportLevel: null }).sentence).toBe(
      'Leadership is too small to read and not supported by management.',
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
