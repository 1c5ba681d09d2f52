// The two ways the GEXF and GraphML readers read a file. Streaming (xml.ts's rows: each node
// and edge read as its end tag arrives, with the header read before it) is what every caller
// gets; the tree path (the whole file as a light tree, then walked) is the reference and the
// fallback: a streaming reader gives up (NeedsTree) where its header could still change — a
// declaration after the first node or edge — and on any error the tree path reads the file
// again, so a refused file's message and every report are the tree path's.
import type { RawGraph } from './raw';
import { ReportCollector } from './report';
import { checkCounts, countUpTo } from './text';
import { IMPORT_LIMITS, type ImportSource } from './types';

/**
 * How a GEXF or GraphML file is read: `auto` (what every caller gets) streams and falls back to
 * the tree path when streaming gives up or fails; `stream` and `tree` read one way only, so
 * the tests can hold the two against each other.
 */
export type XmlReading = 'auto' | 'stream' | 'tree';

/** Thrown by a streaming reader at what only the tree path reads as it should. */
export class NeedsTree extends Error {
  constructor() {
    super('xml: this file is read on the tree path');
  }
}

/** One way of reading a GEXF or GraphML file's text into the intermediate graph. */
export type XmlGraphReader = (name: string, text: string, report: ReportCollector) => RawGraph;

/** A format's two ways (gexf.ts, graphml.ts). */
export interface XmlGraphReaders {
  stream: XmlGraphReader;
  tree: XmlGraphReader;
}

/**
 * Reads a GEXF or GraphML file, after counting its nodes and edges against the limits: with
 * `readers.stream`, under `auto` into a report of its own, taken over when it succeeds. When
 * it throws (NeedsTree, or any error: a refused file's message is the tree path's),
 * `readers.tree` reads the file again into `report`: the outcome is always the tree path's.
 */
export function readXmlGraph(
  source: ImportSource,
  report: ReportCollector,
  reading: XmlReading,
  { stream, tree }: XmlGraphReaders,
): RawGraph {
  const { name, text } = source;
  checkCounts(
    name,
    countUpTo(text, /<node[\s/>]/, IMPORT_LIMITS.actors),
    countUpTo(text, /<edge[\s/>]/, IMPORT_LIMITS.ties),
  );
  if (reading !== 'auto') return (reading === 'stream' ? stream : tree)(name, text, report);
  const own = new ReportCollector();
  let result: RawGraph;
  try {
    result = stream(name, text, own);
  } catch {
    return tree(name, text, report);
  }
  report.absorb(own);
  return result;
}
