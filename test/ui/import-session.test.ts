// The import dialog's state machine (src/ui/io/import-session.svelte.ts) in Node: each step's
// transitions, Cancel and Close while the worker reads, a file chosen again while the first is
// still read, refusals with where they are in the file, the report, and the preview's pause
// (fake timers). The worker is a fake that answers with the real engine (src/core/formats),
// when the test says so and in the order it says. Plain-value stand-ins for the runes, as in
// test/state/document-store.test.ts: the methods are tested, reactivity by the browser tests.
/// <reference types="vite/client" />
import { zipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createExampleDocument } from '../../src/core/example/qic-example';
import {
  FORMAT_MESSAGES,
  IMPORT_LIMITS,
  type ImportOptions,
  type ImportSource,
  importNetwork,
  inspect,
} from '../../src/core/formats';
import { JobDropped } from '../../src/services/analysis-client';
import type * as SessionModule from '../../src/ui/io/import-session.svelte';
import { whereText } from '../../src/ui/io/mapping-preview';
import { messageText } from '../../src/ui/engine-text';

vi.mock('../../workers/analysis.worker.ts?worker', () => ({ default: class {} }));

let ImportSession: typeof SessionModule.ImportSession;
let PREVIEW_DELAY_MS: number;

beforeAll(async () => {
  const plain = Object.assign(<T>(value: T) => value, { raw: <T>(value: T) => value });
  Object.assign(globalThis, { $state: plain, $derived: plain });
  ({ ImportSession, PREVIEW_DELAY_MS } = await import('../../src/ui/io/import-session.svelte'));
});

afterEach(() => {
  vi.useRealTimers();
});

interface Job {
  kind: 'inspect' | 'import';
  source: ImportSource;
  options?: ImportOptions;
  settled: boolean;
  /** Answers with what the engine says of the file. */
  answer(): void;
  /** Answers with the test's own value. */
  respond(value: unknown): void;
  fail(error: Error): void;
}

/** A worker whose jobs wait until the test answers them (the engine's real answer). */
function fakeWorker() {
  const jobs: Job[] = [];
  const job = <T>(kind: Job['kind'], source: ImportSource, options?: ImportOptions) =>
    new Promise<T>((resolve, reject) => {
      const entry: Job = {
        kind,
        source,
        options,
        settled: false,
        answer() {
          entry.settled = true;
          resolve(
            (kind === 'inspect' ? inspect(source) : importNetwork(source, options)) as unknown as T,
          );
        },
        respond(value) {
          entry.settled = true;
          resolve(value as T);
        },
        fail(error) {
          entry.settled = true;
          reject(error);
        },
      };
      jobs.push(entry);
    });
  const worker = {
    inspectImport: (source: ImportSource) => job<ReturnType<typeof inspect>>('inspect', source),
    importNetwork: (source: ImportSource, options: ImportOptions) =>
      job<ReturnType<typeof importNetwork>>('import', source, options),
    importRunning: () => jobs.some((j) => !j.settled),
    cancelJobs: vi.fn(() => {
      for (const j of jobs) if (!j.settled) j.fail(new JobDropped('import', 'cancelled'));
    }),
  };
  const pending = () => jobs.filter((j) => !j.settled);
  return { worker, jobs, pending };
}

function newSession() {
  const fake = fakeWorker();
  const onOpen = vi.fn();
  const onMessage = vi.fn();
  const session = new ImportSession({ worker: fake.worker, onOpen, onMessage });
  return { session, onOpen, onMessage, ...fake };
}

/** A file as the browser gives it (Node's File is the same class). */
const file = (name: string, text: string) => new File([text], name);
/** Lets the session's awaits run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const EDGE_LIST = 'source,target,weight\nAnna,Ben,1\nBen,Cara,x\nCara,Anna,2\n';
const GOOD_EDGES = 'source,target,role\nAnna,Ben,lead\nBen,Cara,lead\n';

/** A session at the mapping step of ties.csv, the inspection answered. */
async function atMapping(text = EDGE_LIST) {
  const setup = newSession();
  const reading = setup.session.openFiles([file('ties.csv', text)]);
  await settle();
  setup.pending()[0]!.answer();
  await reading;
  return setup;
}

/** As atMapping, on fake timers (the preview's pause), its first preview still running. */
async function atMappingOnFakeTimers() {
  vi.useFakeTimers();
  const setup = newSession();
  const reading = setup.session.openFiles([file('ties.csv', EDGE_LIST)]);
  await vi.advanceTimersByTimeAsync(0);
  setup.pending()[0]!.answer();
  await reading;
  return setup;
}

describe('the steps of an import', () => {
  it('starts closed; start() shows the first step and close() hides it', () => {
    const { session } = newSession();
    expect(session.visible).toBe(false);
    session.start();
    expect(session).toMatchObject({ visible: true, step: 'start' });
    session.close();
    expect(session.visible).toBe(false);
  });

  it("opens a Leadnet file without a mapping: reading → checking → report → open, with the network's title", async () => {
    const { session, pending, jobs, onOpen } = newSession();
    const doc = createExampleDocument();
    const reading = session.openFiles([file('example.json', JSON.stringify(doc))]);
    expect(session).toMatchObject({ visible: true, step: 'reading' });
    expect(session.busyLabel).toBe('Reading \u2068example.json\u2069…');
    await settle();
    expect(pending().map((j) => j.kind)).toEqual(['inspect']);
    pending()[0]!.answer();
    await settle();
    // No mapping step: the import itself is checked at once, refused when invalid.
    expect(session.step).toBe('reading');
    expect(session.busyLabel).toBe('Checking \u2068example.json\u2069…');
    expect(jobs[1]).toMatchObject({ kind: 'import', options: { dropInvalid: false } });
    expect(jobs[1]!.options).not.toHaveProperty('mapping');
    pending()[0]!.answer();
    await reading;
    expect(session.step).toBe('report');
    expect(session.result?.ok).toBe(true);
    expect(session.networkName).toBe(doc.meta.title);

    await session.accept();
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen.mock.calls[0]![0].actors).toHaveLength(doc.actors.length);
    expect(onOpen.mock.calls[0]![1]).toBe(doc.meta.title);
    expect(session).toMatchObject({ visible: false, step: 'start', result: null });
  });

  it('maps a foreign file with a preview, then checks it with the mapping the user chose', async () => {
    const { session, pending, jobs } = await atMapping();
    expect(session.step).toBe('mapping');
    expect(session.inspection).toMatchObject({ format: 'csv', needsMapping: true });
    expect(session.mapping).toEqual({ weightAttr: 'weight', reverse: false }); // the file's own suggestion
    // The preview runs at once, invalid items dropped.
    expect(session.previewBusy).toBe(true);
    expect(jobs[1]).toMatchObject({ kind: 'import', options: { dropInvalid: true } });
    pending()[0]!.answer();
    await settle();
    expect(session.previewBusy).toBe(false);
    expect(session.preview).toMatchObject({ ok: true, report: { kept: { ties: 2 } } });

    const checking = session.check();
    expect(session.step).toBe('reading');
    expect(jobs[2]).toMatchObject({
      kind: 'import',
      options: {
        format: 'csv',
        mapping: { weightAttr: 'weight', reverse: false },
        dropInvalid: false,
      },
    });
    pending()[0]!.answer();
    await checking;
    expect(session.step).toBe('report');
    // Back to the mapping from the report, the mapping kept.
    session.backToMapping();
    expect(session.step).toBe('mapping');
    expect(session.mapping).toEqual({ weightAttr: 'weight', reverse: false });
  });

  it('names the network after the file when the file has no title', async () => {
    const { session, pending } = await atMapping(GOOD_EDGES);
    pending()[0]!.answer(); // the preview
    const checking = session.check();
    pending()[0]!.answer();
    await checking;
    expect(session.result?.ok).toBe(true);
    expect(session.networkName).toBe('ties');
  });

  it('reads the files again when the user says which table a CSV file is', async () => {
    const setup = newSession();
    const { session, pending, jobs } = setup;
    const reading = session.openFiles([
      file('links.csv', 'source,target\na,b\n'),
      file('people.csv', 'id,role\na,member\nb,member\n'),
    ]);
    await settle();
    pending()[0]!.answer();
    await reading;
    expect(session.step).toBe('mapping');
    expect(jobs[0]!.source).toMatchObject({ name: 'links.csv', nodes: { name: 'people.csv' } });
    pending()[0]!.answer(); // the preview
    const peopleIndex = session.files.findIndex((f) => f.name === 'people.csv');
    // The second table as the groups: read again, with it.
    const again = session.changeRole(peopleIndex, 'groups');
    expect(session.step).toBe('reading');
    expect(session.files[peopleIndex]!.role).toBe('groups');
    pending()[0]!.answer();
    await again;
    expect(jobs[2]!.source).toMatchObject({ name: 'links.csv', groups: { name: 'people.csv' } });
    // Two edge lists: refused before the worker is asked, saying why.
    const asked = jobs.length;
    await session.changeRole(peopleIndex, 'ties');
    expect(session.step).toBe('failed');
    expect(session.failureLines.shown).toEqual([
      '\u2068links.csv\u2069, \u2068people.csv\u2069: only one file can be the ties table',
    ]);
    expect(jobs).toHaveLength(asked);
  });
});

describe('a file chosen again while the first is still read', () => {
  /** first.csv chosen, then second.csv while the worker still reads the first. */
  async function twoReads() {
    const setup = newSession();
    const first = setup.session.openFiles([file('first.csv', 'source,target\nA,B\n')]);
    await settle();
    const second = setup.session.openFiles([file('second.csv', 'source,target\nC,D\nD,E\n')]);
    await settle();
    const [older, newer] = setup.pending();
    return { ...setup, first, second, older, newer };
  }

  it("shows the newer file's mapping, whichever answer comes last", async () => {
    const { session, first, second, older, newer } = await twoReads();
    expect(older!.source.name).toBe('first.csv');
    expect(newer!.source.name).toBe('second.csv');

    // The older answer first: ignored, the newer read is still on.
    older!.answer();
    await first;
    expect(session).toMatchObject({ step: 'reading', inspection: null });
    expect(session.source?.name).toBe('second.csv');

    newer!.answer();
    await second;
    expect(session.step).toBe('mapping');
    expect(session.inspection?.edges).toBe(2);
    expect(session.title).toBe('\u2068second.csv\u2069');
  });

  it('drops the older answer when it arrives after the newer one', async () => {
    const { session, pending, first, second, older, newer } = await twoReads();
    newer!.answer();
    await second;
    pending()
      .find((j) => j.kind === 'import')
      ?.answer(); // the newer file's preview
    await settle();
    older!.answer();
    await first;
    expect(session.step).toBe('mapping');
    expect(session.source?.name).toBe('second.csv');
    expect(session.inspection?.edges).toBe(2);
    expect(session.preview).toMatchObject({ ok: true, report: { kept: { ties: 2 } } });
  });

  it('never lets an old preview replace a newer one', async () => {
    const { session, pending } = await atMappingOnFakeTimers();
    const firstPreview = pending()[0]!;
    session.changeMapping({ reverse: true });
    vi.advanceTimersByTime(PREVIEW_DELAY_MS);
    const secondPreview = pending()[1]!;
    expect(secondPreview.options?.mapping).toEqual({ reverse: true });
    secondPreview.answer();
    await vi.advanceTimersByTimeAsync(0);
    const shown = session.preview;
    firstPreview.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(session.preview).toBe(shown);
    expect(session.previewBusy).toBe(false);
  });
});

describe('cancel and close', () => {
  it('Cancel while reading stops the worker, closes and says nothing was changed', async () => {
    const { session, worker, onMessage } = newSession();
    const reading = session.openFiles([file('big.gexf', '<gexf/>')]);
    await settle();
    session.cancelReading();
    await reading;
    expect(worker.cancelJobs).toHaveBeenCalledTimes(1);
    expect(session).toMatchObject({ visible: false, step: 'start' });
    expect(onMessage).toHaveBeenCalledWith('Reading the file was cancelled; nothing was changed.');
  });

  it('closing while reading stops the running job, silently', async () => {
    const { session, worker, onMessage, jobs } = newSession();
    const reading = session.openFiles([file('big.gexf', '<gexf/>')]);
    await settle();
    session.close();
    await reading;
    expect(worker.cancelJobs).toHaveBeenCalledTimes(1);
    expect(jobs[0]!.settled).toBe(true);
    expect(onMessage).not.toHaveBeenCalled();
    expect(session).toMatchObject({ visible: false, step: 'start', source: null });
  });

  it('closing at the mapping leaves the worker alone and forgets the file', async () => {
    const { session, worker } = await atMapping();
    session.close();
    expect(worker.cancelJobs).not.toHaveBeenCalled();
    expect(session).toMatchObject({ visible: false, step: 'start', inspection: null, files: [] });
  });

  it("a superseded job is not a failure: the newer read's answer is shown", async () => {
    const { session, pending } = newSession();
    const reading = session.openFiles([file('ties.csv', GOOD_EDGES)]);
    await settle();
    pending()[0]!.fail(new JobDropped('import', 'superseded'));
    await reading;
    expect(session.step).toBe('reading');
    expect(session.failure).toBeNull();
  });
});

describe('refusals and where they are', () => {
  it('refuses a file over the size limit by name, before reading it', async () => {
    const { session, jobs } = newSession();
    const text = vi.fn(async () => '');
    await session.openFiles([
      {
        name: 'huge.gexf',
        size: IMPORT_LIMITS.bytes + 1,
        text,
        arrayBuffer: async () => new ArrayBuffer(0),
      },
    ]);
    expect(text).not.toHaveBeenCalled();
    expect(jobs).toHaveLength(0);
    expect(session).toMatchObject({ visible: true, step: 'failed' });
    expect(session.failureTitle).toBe('Could not open \u2068huge.gexf\u2069');
    expect(session.failureLines.shown).toEqual([
      '\u2068huge.gexf\u2069: the file is 50.0 MB; Leadnet opens files up to 50.0 MB',
    ]);
  });

  it('refuses an empty paste', async () => {
    const { session, jobs } = newSession();
    await session.openText('  \n');
    expect(session.step).toBe('failed');
    expect(session.failureTitle).toBe('Nothing to open');
    expect(session.failureLines.shown).toEqual(['the pasted text is empty']);
    expect(jobs).toHaveLength(0);
  });

  it('refuses a broken .zip by its name', async () => {
    const { session } = newSession();
    await session.openFiles([file('export.zip', 'not a zip')]);
    expect(session.step).toBe('failed');
    expect(session.failureTitle).toBe('Could not open \u2068export.zip\u2069');
  });

  it('reads the network files inside a .zip', async () => {
    const { session, pending } = newSession();
    const zip = zipSync({ 'net/ties.csv': new TextEncoder().encode(GOOD_EDGES) });
    const reading = session.openFiles([new File([zip], 'export.zip')]);
    await settle();
    expect(pending()[0]!.source).toMatchObject({ name: 'ties.csv', text: GOOD_EDGES });
    pending()[0]!.answer();
    await reading;
    expect(session.step).toBe('mapping');
  });

  it("shows the engine's refusal with the line and column it points at", async () => {
    const { session, pending } = newSession();
    const broken = '<?xml version="1.0"?>\n<graphml>\n<graph>\n<node id="a">\n</graph>\n</graphml>';
    const reading = session.openText(broken, 'team.graphml');
    await settle();
    pending()[0]!.answer();
    await reading;
    expect(session.step).toBe('failed');
    expect(session.failureTitle).toBe('Could not open \u2068team.graphml\u2069');
    expect(session.failureLines).toEqual({
      shown: [
        '“\u2068team.graphml\u2069” line 5, column 1: not valid XML: the element “\u2068node\u2069” is closed as “\u2068graph\u2069”',
      ],
      more: 0,
    });
  });

  it('shows at most 20 lines of a refusal, and how many more', async () => {
    const { session, pending } = newSession();
    const reading = session.openText('source,target\n', 'many.csv');
    await settle();
    const errors = Array.from({ length: 23 }, (_, i) =>
      FORMAT_MESSAGES.say('fmt_edge_weight', { got: `"${i}"` }, { file: 'many.csv', line: i + 2 }),
    );
    pending()[0]!.respond({ ok: false, errors });
    await reading;
    expect(session.step).toBe('failed');
    expect(session.failureLines.shown).toHaveLength(20);
    expect(session.failureLines.more).toBe(3);
    expect(session.failureLines.shown[19]).toBe(
      '“\u2068many.csv\u2069” line 21: the weight must be a finite number greater than 0 (got \u2068"19"\u2069)',
    );
  });

  it('a job that throws fails with its error, the file named', async () => {
    const { session, pending } = newSession();
    const reading = session.openFiles([file('ties.csv', GOOD_EDGES)]);
    await settle();
    pending()[0]!.fail(new RangeError('Maximum call stack size exceeded'));
    await reading;
    expect(session.step).toBe('failed');
    expect(session.failureTitle).toBe('Could not open \u2068ties.csv\u2069');
    expect(session.failureLines.shown).toEqual(['Maximum call stack size exceeded']);
  });

  it('a refused import lists its errors where they are, and imports anyway when asked', async () => {
    const { session, pending, jobs } = await atMapping();
    pending()[0]!.answer(); // the preview
    const checking = session.check();
    pending()[0]!.answer();
    await checking;
    expect(session.step).toBe('report');
    const refused = session.result;
    expect(refused).toMatchObject({ ok: false, droppable: { actors: 0, ties: 1, groups: 0 } });
    expect(session.errorLines).toEqual({
      shown: [
        '“\u2068ties.csv\u2069” line 3: the weight must be a finite number greater than 0 (got \u2068"x"\u2069)',
      ],
      more: 0,
    });
    // The report lines say what importing anyway would leave out, and where.
    const report = refused && !refused.ok ? refused.report! : null;
    expect(
      report?.refused.map((line) => `${messageText(line.message)} ${whereText(line)}`),
    ).toEqual([expect.stringMatching(/ at “\u2068ties\.csv\u2069” line 3$/)]);

    const dropping = session.checkDropping();
    expect(session.busyLabel).toBe('Importing, leaving out the invalid items…');
    expect(jobs.at(-1)!.options).toMatchObject({ dropInvalid: true });
    pending()[0]!.answer();
    await dropping;
    expect(session.step).toBe('report');
    expect(session.result).toMatchObject({ ok: true, report: { kept: { ties: 2 } } });
    expect(session.errorLines).toEqual({ shown: [], more: 0 });
  });
});

describe("the preview's pause", () => {
  it('asks the worker once, with the last mapping, a pause after the last change', async () => {
    const { session, pending, jobs } = await atMappingOnFakeTimers();
    pending()[0]!.answer(); // the first preview
    await vi.advanceTimersByTimeAsync(0);
    expect(session.previewBusy).toBe(false);
    const asked = jobs.length;

    session.changeMapping({ weightAttr: 'weight', reverse: true });
    expect(session.previewBusy).toBe(true); // the old preview is shown as out of date at once
    vi.advanceTimersByTime(PREVIEW_DELAY_MS - 1);
    session.changeMapping({ reverse: true });
    vi.advanceTimersByTime(PREVIEW_DELAY_MS - 1);
    expect(jobs).toHaveLength(asked);
    vi.advanceTimersByTime(1);
    expect(jobs).toHaveLength(asked + 1);
    expect(jobs.at(-1)!.options).toEqual({
      format: 'csv',
      mapping: { reverse: true },
      dropInvalid: true,
    });
    vi.advanceTimersByTime(10 * PREVIEW_DELAY_MS);
    expect(jobs).toHaveLength(asked + 1);
    pending()[0]!.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(session.previewBusy).toBe(false);
  });

  it('no preview runs after the user moves on or closes', async () => {
    const { session, pending, jobs } = await atMappingOnFakeTimers();
    pending()[0]!.answer();
    session.changeMapping({ reverse: true });
    void session.check(); // Continue before the pause is over
    const asked = jobs.length;
    vi.advanceTimersByTime(PREVIEW_DELAY_MS * 2);
    expect(jobs).toHaveLength(asked);
    expect(jobs.at(-1)!.options).toMatchObject({ dropInvalid: false });

    session.close();
    session.start();
    vi.advanceTimersByTime(PREVIEW_DELAY_MS * 2);
    expect(jobs).toHaveLength(asked);
  });
});
