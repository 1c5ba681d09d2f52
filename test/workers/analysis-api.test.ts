// The analysis API the worker exposes (DESIGN §1): stateless requests tagged with the document
// revision, so the page can drop stale results. Called directly, then once over a real comlink
// channel the way the page calls the worker.
import { type Remote, expose, proxy, releaseProxy, wrap } from 'comlink';
import { englishText, messagesOf } from '../../src/core/messages';
import { afterEach, describe, expect, it } from 'vitest';
import { summarizeNetwork } from '../../src/core/analysis/summary';
import { type AnalysisApi, WORKER_LAYOUTS, createAnalysisApi } from '../../src/core/api';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { makeDocument } from '../helpers/documents';

const example = createExampleDocument();

describe('createAnalysisApi, called directly', () => {
  const api = createAnalysisApi();

  it('answers a ping', () => {
    expect(api.ping()).toBe('pong');
  });

  it('summarize echoes the request’s revision and returns the summary', () => {
    const tagged = api.summarize({ revision: 17, doc: example });
    expect(tagged.revision).toBe(17);
    expect(tagged.result).toEqual(summarizeNetwork(example));
    expect(tagged.result.actors).toBe(example.actors.length);
  });

  it('summarize applies the kinds filter', () => {
    const tagged = api.summarize({ revision: 3, doc: example, kinds: ['leadership'] });
    expect(tagged.revision).toBe(3);
    expect(tagged.result.ties).toBe(example.ties.filter((t) => t.kind === 'leadership').length);
  });

  it.each(WORKER_LAYOUTS)(
    'layout %s returns 2 finite numbers per actor and the revision',
    (layout) => {
      const tagged = api.layout({ revision: 5, doc: example, layout, seed: 1 });
      expect(tagged.revision).toBe(5);
      expect(tagged.result.positions).toBeInstanceOf(Float64Array);
      expect(tagged.result.positions).toHaveLength(2 * example.actors.length);
      expect(tagged.result.positions.every(Number.isFinite)).toBe(true);
    },
  );

  it('layout throws on an unknown layout name', () => {
    expect(() =>
      api.layout({
        revision: 1,
        doc: example,
        layout: 'spring' as (typeof WORKER_LAYOUTS)[number],
      }),
    ).toThrow(/unknown layout "spring"/);
  });

  it('parseDocument accepts the example’s JSON text', () => {
    const result = api.parseDocument(JSON.stringify(example));
    expect(result.ok).toBe(true);
  });

  it('exportNetwork, inspectImport and importNetwork: a GEXF export reads back as the document', () => {
    const exported = api.exportNetwork(example, 'gexf');
    expect(exported.files.map((f) => f.name)).toEqual(['network.gexf']);
    const source = { name: 'network.gexf', text: exported.files[0]!.text };
    const inspected = api.inspectImport(source);
    expect(inspected.ok && inspected.inspection).toMatchObject({
      format: 'gexf',
      needsMapping: false,
      nodes: example.actors.length,
      edges: example.ties.length,
    });
    const imported = api.importNetwork(source);
    expect(imported.ok && imported.doc).toEqual(example);
  });

  it('importNetwork refuses a dangling tie with droppable counts, and drops it when asked', () => {
    const source = {
      name: 't.csv',
      text: 'source,target\na,b\na,zz\n',
      nodes: { name: 'n.csv', text: 'id\na\nb\n' },
    };
    const refused = api.importNetwork(source);
    expect(refused).toMatchObject({
      ok: false,
      errors: [
        {
          code: 'fmt_edge_no_actor',
          params: { id: 'zz' },
          at: { file: 't.csv', line: 3 },
        },
      ],
      droppable: { actors: 0, ties: 1, groups: 0 },
    });
    const dropped = api.importNetwork(source, { dropInvalid: true });
    expect(dropped.ok && dropped.doc.ties.map((t) => [t.source, t.target])).toEqual([['a', 'b']]);
  });

  it('parseDocument returns errors, not an exception, for bad text', () => {
    const broken = api.parseDocument('{"format": "leadnet-network", ');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(englishText(broken.errors[0]!, false)).toMatch(/^not valid JSON/);

    const dangling = api.parseDocument(
      JSON.stringify({
        format: 'leadnet-network',
        version: 1,
        actors: [{ id: 'a1', role: 'member' }],
        ties: [{ id: 't', source: 'a1', target: 'a99', kind: 'leadership' }],
      }),
    );
    expect(dangling).toEqual({
      ok: false,
      errors: [
        { code: 'doc_no_actor', params: { id: 'a99' }, at: { path: ['ties', 0, 'target'] } },
      ],
    });
  });
});

describe('createAnalysisApi over a comlink MessageChannel', () => {
  let channel: MessageChannel | undefined;
  let remote: Remote<AnalysisApi> | undefined;

  afterEach(() => {
    remote?.[releaseProxy]();
    channel?.port1.close();
    channel?.port2.close();
    remote = undefined;
    channel = undefined;
  });

  it('summarizes and lays out through the channel, with progress reported back', async () => {
    channel = new MessageChannel();
    expose(createAnalysisApi(), channel.port1);
    remote = wrap<AnalysisApi>(channel.port2);

    expect(await remote.ping()).toBe('pong');

    const summary = await remote.summarize({ revision: 42, doc: example });
    expect(summary.revision).toBe(42);
    expect(summary.result).toEqual(summarizeNetwork(example));

    const progress: number[] = [];
    const layout = await remote.layout(
      { revision: 43, doc: example, layout: 'forceatlas2', seed: 3 },
      proxy((done: number) => {
        progress.push(done);
      }),
    );
    expect(layout.revision).toBe(43);
    expect(layout.result.positions).toBeInstanceOf(Float64Array);
    expect(layout.result.positions).toHaveLength(2 * example.actors.length);
    // The same numbers as a direct call with the same seed: the channel changes nothing.
    expect(layout.result.positions).toEqual(
      createAnalysisApi().layout({ revision: 0, doc: example, layout: 'forceatlas2', seed: 3 })
        .result.positions,
    );
    // Progress calls travel back over their own port; wait until the last one has arrived.
    await expect.poll(() => progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThanOrEqual(1);

    // An error in the worker reaches the caller as a rejected promise.
    await expect(
      remote.layout({
        revision: 44,
        doc: makeDocument([['a', 'member']]),
        layout: 'spring' as (typeof WORKER_LAYOUTS)[number],
      }),
    ).rejects.toThrow(/unknown layout/);
  });

  it('imports and exports files through the channel (the worker parses, the page does not)', async () => {
    channel = new MessageChannel();
    expose(createAnalysisApi(), channel.port1);
    remote = wrap<AnalysisApi>(channel.port2);

    const exported = await remote.exportNetwork(example, 'csv');
    expect(exported.files.map((f) => f.name)).toEqual(['actors.csv', 'ties.csv', 'groups.csv']);
    const file = (name: string) => exported.files.find((f) => f.name === name)!;
    const source = {
      name: 'ties.csv',
      text: file('ties.csv').text,
      nodes: file('actors.csv'),
      groups: file('groups.csv'),
    };
    const inspected = await remote.inspectImport(source);
    expect(inspected.ok && inspected.inspection.format).toBe('csv');
    const imported = await remote.importNetwork(source);
    expect(imported.ok && imported.doc.ties).toEqual(example.ties);
    expect(imported.ok && imported.report.kept).toEqual({
      actors: example.actors.length,
      ties: example.ties.length,
      groups: example.groups.length,
    });
  });

  it('an engine refusal keeps its messages across the channel (the worker’s throw handler)', async () => {
    await import('../../workers/carry-messages');
    channel = new MessageChannel();
    expose(createAnalysisApi(), channel.port1);
    remote = wrap<AnalysisApi>(channel.port2);
    const noTeams = {
      ...example,
      groups: [],
      actors: example.actors.map(({ group: _, ...a }) => a),
    };
    const error = await remote.simulate({ revision: 1, doc: noTeams, runs: 2 }).catch((e) => e);
    expect(error).toBeInstanceOf(Error);
    expect(messagesOf(error)).toEqual([
      { code: 'sim_no_teams', params: {}, at: { path: ['groups'] } },
    ]);
  });
});
