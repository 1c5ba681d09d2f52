// The status line's store, in Node: what was said and in which language, whether it reports a
// problem, which jobs run and one cancel for all. Plain-value stand-ins for the runes, as in
// document-store.test.ts (the status bar's reactivity is exercised by the browser tests).
import { beforeAll, describe, expect, it } from 'vitest';
import { type Message, englishText } from '../../src/core/messages';
import type { JobStatus } from '../../src/services/analysis-client';
import type * as StatusModule from '../../src/state/status.svelte';

let StatusStore: typeof StatusModule.StatusStore;

beforeAll(async () => {
  const plain = Object.assign(<T>(value: T) => value, { raw: <T>(value: T) => value });
  Object.assign(globalThis, { $state: plain, $derived: plain });
  ({ StatusStore } = await import('../../src/state/status.svelte'));
});

/** An engine message the CLI says in English ("no teams…"). */
const NO_TEAMS: Message = { code: 'sim_no_teams', params: {} };
const english = (messages: readonly Message[]) =>
  messages.map((message) => englishText(message)).join(' ');

/** A job source like the analysis or metrics store: jobs set by the test, cancels counted. */
function source(...labels: string[]) {
  return {
    jobs: labels.map((code): JobStatus => ({
      kind: code,
      label: { code, params: {} },
      progress: null,
    })),
    cancelled: 0,
    cancel() {
      this.cancelled++;
      this.jobs = [];
    },
  };
}

describe('the status store: what the line says', () => {
  it('says nothing at first, as information', () => {
    const status = new StatusStore([], english);
    expect(status.text).toBe('');
    expect(status.kind).toBe('info');
  });

  it('shows the last thing said, replacing what was said before', () => {
    const status = new StatusStore([], english);
    status.say('Added a person.');
    status.say('Deleted “Ann”.');
    expect(status.text).toBe('Deleted “Ann”.');
    expect(status.kind).toBe('info');
  });

  it('formats the engine messages when read, so a change of language says them again', () => {
    let language: 'en' | 'da' = 'en';
    const format = (messages: readonly Message[]) =>
      messages.map((m) => (language === 'en' ? englishText(m) : `[da] ${m.code}`)).join(' ');
    const status = new StatusStore([], format);
    status.problem([NO_TEAMS]);
    expect(status.text).toBe(englishText(NO_TEAMS));
    expect(status.text).not.toBe('');
    expect(status.kind).toBe('problem');
    language = 'da';
    expect(status.text).toBe('[da] sim_no_teams');
  });

  it('calls words given as a function each time, so they follow the language too', () => {
    let word = 'Undone';
    const status = new StatusStore([], english);
    status.say(() => `${word}: move`);
    expect(status.text).toBe('Undone: move');
    word = 'Fortrudt';
    expect(status.text).toBe('Fortrudt: move');
  });

  it('marks a refusal as a problem until something else is said', () => {
    const status = new StatusStore([], english);
    status.problem('Nothing deleted: the network is read-only.');
    expect(status.kind).toBe('problem');
    expect(status.text).toBe('Nothing deleted: the network is read-only.');
    status.say('Added a team.');
    expect(status.kind).toBe('info');
    status.say('Could not save.', 'problem');
    expect(status.kind).toBe('problem');
  });
});

describe('the status store: the jobs that run', () => {
  it('lists every source’s jobs in the sources’ order and names the first', () => {
    const analysis = source('job_summary');
    const metrics = source('job_metrics', 'job_paths');
    const simulation = source();
    const status = new StatusStore([analysis, metrics, simulation], english);
    expect(status.jobs.map((j) => j.kind)).toEqual(['job_summary', 'job_metrics', 'job_paths']);
    expect(status.job?.kind).toBe('job_summary');
    expect(status.busy).toBe(true);
  });

  it('reads the sources when asked, so a job that ends leaves the line', () => {
    const analysis = source('job_summary');
    const metrics = source('job_metrics');
    const status = new StatusStore([analysis, metrics], english);
    analysis.jobs = [];
    expect(status.job?.kind).toBe('job_metrics');
    metrics.jobs = [];
    expect(status.job).toBeUndefined();
    expect(status.jobs).toEqual([]);
    expect(status.busy).toBe(false);
  });

  it('cancels the jobs of every source at once', () => {
    const sources = [source('job_summary'), source('job_metrics'), source(), source('job_sim')];
    const status = new StatusStore(sources, english);
    const { cancel } = status; // the status bar's button calls it unbound
    cancel();
    expect(sources.map((s) => s.cancelled)).toEqual([1, 1, 1, 1]);
    expect(status.busy).toBe(false);
  });

  it('says what it was told while jobs run, apart from them', () => {
    const status = new StatusStore([source('job_summary')], english);
    const { say } = status;
    say('Layout cancelled.');
    expect(status.text).toBe('Layout cancelled.');
    expect(status.job?.kind).toBe('job_summary');
  });
});
