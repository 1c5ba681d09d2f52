// The measures and a team's reading in the UI's two languages, through the engine's messages
// (codes derived from the registry's ids; no hand-kept table): every measure of the registry has
// a name, a meaning, a source and its settings in English — exactly as the CLI says them — and in
// Danish with no English left; a team's reading is wholly Danish in Danish; numbers take the
// language's decimal mark.
import { afterEach, describe, expect, it } from 'vitest';
import { englishText, type Message } from '../../src/core/messages';
import { MEASURE_PARTS } from '../../src/core/metrics/messages';
import { TEAM_READING_CONVENTIONS as T, readTeam } from '../../src/core/metrics/reading';
import { METRICS } from '../../src/core/metrics/registry';
import { eiBasisNote, measureText, measureTooltip } from '../../src/core/metrics/text';
import { overwriteGetLocale } from '../../src/paraglide/runtime.js';
import { messageText } from '../../src/ui/engine-text';
import { formatNumber, formatValue } from '../../src/ui/format';
import { groupKindName, kindLook, kindName, roleName } from '../../src/ui/graph/palette';
import { describeSize } from '../../src/ui/library/when';
import { cellText } from '../../src/ui/panels/metric-rows';

const inLanguage = (language: 'en' | 'da') => overwriteGetLocale(() => language);
afterEach(() => inLanguage('en'));

/** Words of English prose that Danish text never uses ("to", "over", "for" are Danish too). */
const ENGLISH =
  /\b(the|and|of|on|as|with|when|how|which|are|is|from|people|ties?|leadership|management|shared|sparse|support|looked|between)\b/i;

/** Titles and names of works a Danish source cites as they are. */
const TITLES = [
  'Centrality in social networks',
  'The PageRank citation ranking',
  'Structural Holes',
  'Academy of Management Journal',
  'Harvard University Press',
  'least upper boundedness',
];
const withoutTitles = (text: string) => TITLES.reduce((t, title) => t.replace(title, ''), text);

/** Team measure values that reach every rule of the reading, each convention on both sides. */
const TEAMS: Record<string, number | null>[] = [
  { actors: 1, density: null, meanInDegree: null, inCentralization: null, supportLevel: null },
  { actors: 6, density: 0.1, meanInDegree: 0.5, inCentralization: 0.2, supportLevel: 0.8 },
  { actors: 6, density: 0.5, meanInDegree: 2.5, inCentralization: 0.7, supportLevel: 1 },
  { actors: 6, density: 0.4, meanInDegree: 2, inCentralization: 0.1, supportLevel: T.weakSupport },
  { actors: 6, density: 0.57, meanInDegree: 2.8, inCentralization: 0.5, supportLevel: 0.25 },
  { actors: 8, density: 0.2, meanInDegree: 1.4, inCentralization: 0.3, supportLevel: 0.8 },
  {
    actors: 7,
    density: 0.12,
    meanInDegree: 0.7,
    inCentralization: 0.2,
    supportLevel: null,
    coordinatorDependence: 0.9,
  },
];

describe('measure texts', () => {
  it('says every measure of the registry in English exactly as the CLI does', () => {
    inLanguage('en');
    for (const metric of METRICS) {
      for (const part of MEASURE_PARTS) {
        const text = messageText(measureText(metric, part));
        expect(text, `${metric.level} ${metric.id} ${part}`).toBe(
          englishText(measureText(metric, part)),
        );
        expect(text.length, `${metric.level} ${metric.id} ${part}`).toBeGreaterThan(1);
      }
      expect(measureTooltip(metric).map((line) => messageText(line))).toEqual(
        measureTooltip(metric).map((line) => englishText(line)),
      );
    }
  });

  it('says every measure of the registry in Danish, with no English words', () => {
    inLanguage('da');
    for (const metric of METRICS) {
      const where = `${metric.level} ${metric.id}`;
      const label = messageText(measureText(metric));
      const about = messageText(measureText(metric, 'about'));
      const source = messageText(measureText(metric, 'source'));
      // A name may be the same word in both languages (PageRank), never the meaning.
      expect(about, where).not.toBe(englishText(measureText(metric, 'about')));
      for (const text of [label, about]) expect(text, where).not.toMatch(ENGLISH);
      expect(withoutTitles(source), where).not.toMatch(ENGLISH);
      const tooltip = measureTooltip(metric).map((line) => messageText(line));
      expect(tooltip[0]).toBe(about);
      expect(tooltip.at(-1)).toBe(`Kilde: ${source}`);
      for (const setting of tooltip.slice(1, -1)) {
        expect(setting, where).toMatch(/^Indstilling: \w+ = [\d,]+ \(.+\)$/);
        expect(setting, where).not.toMatch(ENGLISH);
      }
    }
  });

  it('shows a setting’s value with the language’s decimal mark', () => {
    const pagerank = METRICS.find((x) => x.id === 'pagerank')!;
    inLanguage('da');
    expect(messageText(measureTooltip(pagerank)[1]!)).toBe(
      'Indstilling: alpha = 0,85 (den andel af rangen, der gives videre ad relationerne (dæmpning))',
    );
    inLanguage('en');
    expect(messageText(measureTooltip(pagerank)[1]!)).toBe(
      'Setting: alpha = 0.85 (the share of rank passed along ties (damping))',
    );
  });

  it('says how the E-I index was counted when not by team, in both languages', () => {
    expect(eiBasisNote('team')).toBeNull();
    inLanguage('da');
    expect(messageText(eiBasisNote('group')!)).toBe(
      'Talt efter hver persons egen gruppe: netværket har ingen teams.',
    );
    expect(messageText(eiBasisNote(null)!)).not.toMatch(ENGLISH);
    inLanguage('en');
    expect(messageText(eiBasisNote('group')!)).toBe(
      'Counted by each person’s own group: the network has no teams.',
    );
  });

  it('says "not recorded" for a group’s unrecorded support, a dash where nothing can exist', () => {
    const support = METRICS.find((x) => x.level === 'group' && x.id === 'supportLevel')!;
    inLanguage('da');
    expect(cellText(support, null, 6)).toBe('ikke registreret');
    expect(cellText(support, null, 0)).toBe('—');
    expect(cellText(support, 0.9, 6)).toBe('0,900');
    inLanguage('en');
    expect(cellText(support, null, 6)).toBe('not recorded');
    const density = METRICS.find((x) => x.level === 'group' && x.id === 'density')!;
    expect(cellText(density, null, 6)).toBe('—');
  });
});

describe("a team's reading", () => {
  const said = (message: Message) => messageText(message);

  it('reads in English exactly as the CLI reads it', () => {
    inLanguage('en');
    for (const values of TEAMS) {
      const reading = readTeam(values);
      expect(reading.sentences.map(said)).toEqual(reading.sentences.map((s) => englishText(s)));
      for (const clause of reading.clauses)
        expect([said(clause.text), said(clause.because)]).toEqual([
          englishText(clause.text),
          englishText(clause.because),
        ]);
    }
  });

  it('reads in Danish with no English words left, every rule and convention included', () => {
    inLanguage('da');
    const sentences = new Set<string>();
    const rules = new Set<string>();
    for (const values of TEAMS)
      for (const kinds of [['leadership'], ['Koordinering', 'Støtte']]) {
        const reading = readTeam(values, kinds);
        const text = reading.sentences.map(said).join(' ');
        expect(text).toMatch(/^(Ledelsen i teamet er|Teamets relationer|Teamet har) .+\.$/);
        expect(text).not.toMatch(ENGLISH);
        for (const clause of reading.clauses) {
          expect(`${said(clause.text)} ${said(clause.because)}`).not.toMatch(ENGLISH);
          rules.add(clause.rule);
        }
        expect(said(reading.conventions)).not.toMatch(ENGLISH);
        sentences.add(text);
      }
    expect(sentences.size).toBe(TEAMS.length * 2 - 1); // the too-small sentence names no kinds
    expect(rules.size).toBe(9); // every rule of the reading
    const weak = readTeam(TEAMS[4]!);
    expect(weak.sentences.map(said)).toEqual([
      'Ledelsen i teamet er bredt delt, men kun svagt støttet af lederne.',
    ]);
    expect(said(weak.clauses[1]!.because)).toBe(
      'den stærkeste støtterelation til en leder er 0,25, under 0,5',
    );
    expect(said(weak.clauses[0]!.because)).toBe(
      'et medlem ses i gennemsnit hen til af 2,8 kolleger, mindst 2 (tæthed 57 % i et team på 6), og indgradscentralisering 50 % < 60 %',
    );
    expect(readTeam(TEAMS[6]!).sentences.map(said)).toEqual([
      'Ledelsen i teamet er kun svagt udbygget; støtte fra lederne er ikke registreret.',
      '90 % af forbindelserne mellem medlemmerne går gennem koordinatoren.',
    ]);
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
