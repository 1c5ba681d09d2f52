// Runs one level of the metric registry on a small document, for tests that check values by
// hand: each measure alone on a fresh context, with the compute loop's null-for-non-finite rule.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type NetworkDocument, parseDocumentText } from '../../src/core/document';
import { BROKERAGE_METRICS } from '../../src/core/metrics/brokerage';
import { COMMUNITY_METRICS } from '../../src/core/metrics/community';
import { createMetricContext } from '../../src/core/metrics/context';
import { GROUP_METRICS } from '../../src/core/metrics/group-measures';
import { NETWORK_METRICS } from '../../src/core/metrics/network-measures';
import type { MeasurePart } from '../../src/core/metrics/messages';
import { measureText } from '../../src/core/metrics/text';
import type { MetricDefinition, MetricOptions, MetricValue } from '../../src/core/metrics/types';
import { englishText } from '../../src/core/messages';
import { makeDocument } from './documents';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const clean = (value: MetricValue | undefined): MetricValue =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** Every network measure of NETWORK_METRICS, by id. */
export function networkValues(
  doc: NetworkDocument,
  options: MetricOptions = {},
): Record<string, MetricValue> {
  const ctx = createMetricContext(doc, options);
  return Object.fromEntries(NETWORK_METRICS.map((m) => [m.id, clean(m.compute(ctx))]));
}

/** Every group measure of GROUP_METRICS for one group, by id. */
export function groupValues(
  doc: NetworkDocument,
  groupId: string,
  options: MetricOptions = {},
): Record<string, MetricValue> {
  const ctx = createMetricContext(doc, options);
  const group = ctx.groups.find((g) => g.id === groupId);
  if (!group) throw new Error(`no group ${groupId}`);
  return Object.fromEntries(GROUP_METRICS.map((m) => [m.id, clean(m.compute(ctx, group))]));
}

/** An actor measure (brokerage or community) as {actorId: value}. */
export function actorValues(
  doc: NetworkDocument,
  id: string,
  options: MetricOptions = {},
): Record<string, MetricValue> {
  const measure = [...BROKERAGE_METRICS, ...COMMUNITY_METRICS].find((m) => m.id === id);
  if (!measure) throw new Error(`no actor measure ${id}`);
  const values = measure.compute(createMetricContext(doc, options));
  const out: Record<string, MetricValue> = Object.create(null);
  doc.actors.forEach((a, i) => (out[a.id] = clean(values[i])));
  return out;
}

/** A measure's name, meaning or source in the CLI's English (messages/en/engine-measures.json). */
export function english(metric: MetricDefinition, part: MeasurePart = 'label'): string {
  return englishText(measureText(metric, part));
}

/** The built-in example as users get it (public/examples/qic-example.json). */
export function exampleFile(): NetworkDocument {
  const text = readFileSync(`${ROOT}public/examples/qic-example.json`, 'utf8');
  const result = parseDocumentText(text);
  if (!result.ok) throw new Error('the example file does not parse');
  return result.doc;
}

/**
 * A document of members joined by leadership ties, written as arcs "a>b c>d" (a looks to b); a
 * name alone ("e") is an actor without ties. `groups` maps an actor to its group; every named
 * group is declared, of kind `team`. Actors are in order of first mention.
 */
export function arcs(spec: string, groups: Record<string, string> = {}): NetworkDocument {
  const tokens = spec.split(/\s+/).filter(Boolean);
  const pairs = tokens.filter((t) => t.includes('>')).map((t) => t.split('>') as [string, string]);
  const ids = [...new Set([...tokens.flatMap((t) => t.split('>')), ...Object.keys(groups)])];
  const groupIds = [...new Set(Object.values(groups))];
  return makeDocument(
    ids.map((id) => [id, 'member', groups[id]]),
    pairs.map(([s, t]) => [s, t, 'leadership']),
    groupIds.map((id) => ({ id, kind: 'team' })),
  );
}

/** A seeded random digraph of test/fixtures/network-metrics.json, listed arc by arc. */
export interface RandomCase {
  nodes: string[];
  edges: [string, string][];
  /** Each actor's group; null for the actors in no group. */
  group: Record<string, string | null>;
}

/** A fixture's random digraph as a document: its arcs as leadership ties, its groups as teams. */
export function randomDocument({ nodes, edges, group }: RandomCase): NetworkDocument {
  const groups = [...new Set(Object.values(group).filter((g): g is string => g !== null))];
  return makeDocument(
    nodes.map((id) => [id, 'member', group[id] ?? undefined]),
    edges.map(([s, t]) => [s, t, 'leadership']),
    groups.map((id) => ({ id, kind: 'team' })),
  );
}
