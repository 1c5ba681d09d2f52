// The UI's words in English and Danish for what the core says in English only: every measure of the
// registry has a name and a meaning in both languages (the English exactly the registry's), a
// team's reading reads the same in English as the core's and wholly Danish in Danish, and the
// numbers shown for reading take the Danish decimal comma.
import { afterEach, describe, expect, it } from 'vitest';
import { TEAM_READING_THRESHOLDS as T, readTeam } from '../../src/core/metrics/reading';
import { METRICS } from '../../src/core/metrics/registry';
import type { MetricDefinition } from '../../src/core/metrics/types';
import { overwriteGetLocale } from '../../src/paraglide/runtime.js';
import { formatNumber, formatValue } from '../../src/ui/format';
import { groupKindName, kindLook, kindName, roleName } from '../../src/ui/graph/palette';
import { describeSize } from '../../src/ui/library/when';
import {
  hasMeasureText,
  measureLabel,
  measureMeaning,
  measureTooltip,
  teamReadingText,
} from '../../src/ui/metric-text';

const inLanguage = (language: 'en' | 'da') => overwriteGetLocale(() => language);
afterEach(() => inLanguage('en'));

/** Team measure values that reach every rule of the reading, each threshold on both sides. */
const TEAMS: Record<string, number | null>[] = [
  { density: null, supportLevel: null },
  { density: T.sparseDensity - 0.01, supportLevel: 0 },
  { density: 0.5, inCentralization: T.concentratedCentralization, supportLevel: 1 },
  { density: T.sharedDensity, inCentralization: 0.1, supportLevel: T.weakSupport },
  { density: 0.57, inCentralization: null, supportLevel: 0.25 },
  { density: 0.2, inCentralization: 0.3, supportLevel: 0.8, coordinatorDependence: 0.5 },
  { density: 0.12, supportLevel: 0, coordinatorDependence: 0.9 },
];

describe('measure texts', () => {
  it('has every measure of the registry, in English exactly as the registry says it', () => {
    inLanguage('en');
    for (const metric of METRICS) {
      expect(hasMeasureText(metric), `${metric.level}:${metric.id}`).toBe(true);
      expect(measureLabel(metric)).toBe(metric.label);
      expect(measureMeaning(metric)).toBe(metric.description);
    }
  });

  it('says every measure in Danish, with settings and source in the tooltip', () => {
    inLanguage('da');
    for (const metric of METRICS) {
      expect(measureLabel(metric).length).toBeGreaterThan(0);
      expect(measureMeaning(metric)).not.toBe(metric.description);
    }
    const pagerank = METRICS.find((x) => x.id === 'pagerank')!;
    const tooltip = measureTooltip(pagerank);
    expect(tooltip).toContain('alpha = 0,85 (');
    expect(tooltip).toContain('Indstillinger:');
    expect(tooltip).toContain(`Kilde: ${pagerank.citation}`);
    const community = METRICS.find((x) => x.id === 'community')!;
    expect(measureTooltip(community)).toContain('seed = beregningens startværdi (standard 42)');
  });

  it('keeps the English tooltip of a measure: meaning, settings, source', () => {
    inLanguage('en');
    const adl = METRICS.find((x) => x.id === 'adl') as MetricDefinition;
    const zeta = adl.parameters![0]!;
    expect(measureTooltip(adl)).toBe(
      `${adl.description}\nSettings: zeta = ${zeta.value} (${zeta.description})\nSource: ${adl.citation}`,
    );
  });

  it('falls back to the registry for a measure it does not know', () => {
    const unknown = { ...METRICS[0]!, id: 'newMeasure', label: 'New', description: 'Says new.' };
    inLanguage('da');
    expect(hasMeasureText(unknown)).toBe(false);
    expect(measureLabel(unknown)).toBe('New');
    expect(measureMeaning(unknown)).toBe('Says new.');
  });
});

describe("a team's reading", () => {
  it('reads in English exactly as the core reads it', () => {
    inLanguage('en');
    for (const values of TEAMS) {
      const core = readTeam(values);
      const shown = teamReadingText(core);
      expect(shown.sentence).toBe(core.sentence);
      expect(shown.clauses).toEqual(core.clauses.map(({ text, rule }) => ({ text, rule })));
    }
  });

  it('reads in Danish with no English words left', () => {
    inLanguage('da');
    const english = /\b(leadership|management|density|support|shared|sparse|and|but|between)\b/i;
    const sentences = new Set<string>();
    for (const values of TEAMS) {
      const shown = teamReadingText(readTeam(values));
      expect(shown.sentence).toMatch(/^Ledelsen i teamet er .+\.$/);
      expect(shown.sentence).not.toMatch(english);
      for (const clause of shown.clauses)
        expect(`${clause.text} ${clause.rule}`).not.toMatch(english);
      sentences.add(shown.sentence);
    }
    expect(sentences.size).toBe(TEAMS.length);
    const weak = teamReadingText(
      readTeam({ density: 0.57, inCentralization: 0.2, supportLevel: 0.25 }),
    );
    expect(weak.sentence).toBe(
      'Ledelsen i teamet er bredt delt, men kun svagt støttet af lederne.',
    );
    expect(weak.clauses[1]!.rule).toBe('støtteniveau 0,25 < 0,4');
  });
});

describe('words and numbers in the UI language', () => {
  it('writes numbers with a decimal comma in Danish and a point in English', () => {
    inLanguage('da');
    expect(formatValue(0.125, 'share')).toBe('12,5 %');
    expect(formatValue(0.12345, 'score')).toBe('0,123');
    expect(formatValue(3, 'count')).toBe('3');
    expect(formatNumber(0.8)).toBe('0,8');
    inLanguage('en');
    expect(formatValue(0.125, 'share')).toBe('12.5 %');
    expect(formatValue(0.12345, 'score')).toBe('0.123');
  });

  it('names roles, tie kinds and group kinds in Danish, and a file’s own names as they are', () => {
    inLanguage('da');
    expect(roleName('manager')).toBe('Leder');
    expect(roleName('member')).toBe('Teammedlem');
    expect(kindName('support')).toBe('Støtte');
    expect(kindLook('support').reading).toBe('får støtte fra B');
    expect(groupKindName('organization')).toBe('organisation');
    expect(roleName('__proto__')).toBe('__proto__');
    expect(kindName('constructor')).toBe('constructor');
    expect(describeSize(1, 2)).toBe('1 person · 2 relationer');
    inLanguage('en');
    expect(roleName('manager')).toBe('Manager');
    expect(describeSize(45, 1)).toBe('45 actors · 1 tie');
  });
});
