// The first load's size budget (deterministic, unlike time): the entry script, its preloads and
// style sheets of the production build, gzipped. The budget is today's figure with a little room;
// issue 14 asks for 250 KB, and every part split off lowers it here. Raised from 445 to 450 KB
// once, by issue 15's structure work (the app context and status store, one Modal, the import
// session, the test hook split from GraphView: 439 → 445.1 KB, most of it more and smaller
// chunks, each gzipped on its own): the next step of issue 14 (one language's messages, the
// import dialog on first use) takes far more than that back.
import { describe, expect, it } from 'vitest';
import { firstLoad } from '../../scripts/first-load';

const BUDGET_KB = 450;

describe('the first load', () => {
  it(`stays within ${BUDGET_KB} KB gzipped, with What if…?, the measures and projection left out`, () => {
    const { files, gzip } = firstLoad();
    expect(gzip / 1024).toBeLessThanOrEqual(BUDGET_KB);
    // The parts the first view does not show load later, in their own files.
    const names = files.map((f) => f.name).join(' ');
    for (const part of [
      'ScenarioPanel',
      'MetricsPanel',
      'Presenter',
      'StoryPanel',
      'TextView',
      'LibraryDialog',
      'ComparePanel',
      'SurveyDialog',
      'RoomForm',
      'AssumptionsView',
    ])
      expect(names).not.toContain(part);
  });
});
