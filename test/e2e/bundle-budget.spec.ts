// The first load's size budget (deterministic, unlike time): the entry script, its preloads and
// style sheets of the production build, and one language's messages, gzipped
// (scripts/first-load.ts). Issue 14 asks for 250 KB; the budget is today's figure with a little
// room, and every part split off lowers it here. History: 450 KB (issue 15's structure work,
// 439 → 445.1 KB); then 340 KB (337.5) by issue 14's first step — one language's messages (the other
// loads on a switch), graphology's measures only where measures are computed, the graph's colour
// ramps written out instead of d3-scale-chromatic, the import dialog and tie drawing on first use;
// then 343 KB (340.3) when the chunked drawing of big networks and the overview's hook joined the
// page (the overview itself loads when shown; its size test alone is in the first load); then
// 250 KB (248.2) by issue 14's second round — the engine's English only where it is spoken (CLI,
// workers), the engine's texts of the language in use and the codes' parameter kinds (with them
// the measures' code) loaded right after the first view, as are the edit commands and the story's
// reader with zod's schemas (a change asked for before waits for them); the presets with the
// first what-if run; the selection's editors, the team card and a survey's model after the first
// paint. What the first view needs stays: cytoscape (135 KB) draws it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CHUNK, firstLoad } from '../../scripts/first-load';

const BUDGET_KB = 250;

/** Code that must not be in the first load, each by a text only that code holds. */
const LEFT_OUT: Record<string, string> = {
  // graphology's own error messages (Louvain and modularity run in the worker and the CLI)
  graphology: 'Graph.import:',
  // the mouse's tie drawing, loaded once the network shows
  'cytoscape-edgehandles': 'edgehandles',
  // d3-scale-chromatic's category palette: the graph's three ramps are written out (the chart
  // library, loaded with What if…?, still brings all of d3)
  'd3-scale-chromatic': '1f77b4ff7f0e2ca02c',
  // the engine's English texts (messages/en/engine-formats.json: fmt_too_big), spoken by the CLI
  // and the workers; the page says the engine's codes in its own language
  'the engine’s English': 'Leadnet reads files up to',
  // the engine's texts in the language in use (messages/da/engine-sim.json: sim_param_not_whole),
  // loaded right after the first view
  'the engine’s Danish texts': 'skal være et helt antal uger',
  // the measures' registry and code (a measure's id is in its definition), loaded with the
  // codes' parameter kinds and with the first measures
  'the measures’ registry': 'brokerageItinerant',
  // zod (the document's, the steps' and the scenarios' schemas), with the edit commands and the
  // story's reader, loaded right after the first view
  zod: 'ZodError',
};

describe('the first load', () => {
  const { files, gzip } = firstLoad();
  const names = files.map((f) => f.name).join(' ');

  it(`stays within ${BUDGET_KB} KB gzipped, with What if…?, the measures and projection left out`, () => {
    expect(gzip / 1024).toBeLessThanOrEqual(BUDGET_KB);
    // The parts the first view does not show load later, in their own files.
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
      'ImportDialog',
      'tie-drawing',
      'ActorForm',
      'TieForm',
      'GroupForm',
      'MultiSelection',
      'TeamCard',
    ])
      expect(names).not.toContain(part);
  });

  it('carries one language’s messages, and no message text elsewhere', () => {
    const languages = files.filter((f) => LANGUAGE_CHUNK.test(f.name));
    expect(languages).toHaveLength(1);
    for (const file of files.filter((f) => !languages.includes(f))) {
      const text = readFileSync(join('dist', file.name), 'utf8');
      expect(text, file.name).not.toContain('Loading your networks…');
      expect(text, file.name).not.toContain('Indlæser dine netværk…');
    }
  });

  it('leaves out graphology, the tie drawing, d3-scale-chromatic, the engine’s texts, the measures and zod', () => {
    const text = files.map((f) => readFileSync(join('dist', f.name), 'utf8')).join('\n');
    for (const [library, marker] of Object.entries(LEFT_OUT))
      expect(text.includes(marker), library).toBe(false);
    // …and each marker is in the app's code (the hand-out shell holds all of it, workers
    // included), so the check can fail.
    const everything = readFileSync(join('dist', 'handout-shell.html'), 'utf8');
    for (const [library, marker] of Object.entries(LEFT_OUT))
      expect(everything.includes(marker), library).toBe(true);
  });
});
