// The contract between the file formats (src/core/formats), the worker API, the CLI and the
// import/export UI (DESIGN §3). Reading a file is two stages: `inspect` finds the format and
// the attributes a foreign file offers (for the mapping step), `importNetwork` maps and checks
// it and reports what was kept, changed and refused before anything replaces the user's work.
import type { AttributeValue } from '../document/schema';
import type { NetworkDocument } from '../document/types';
import type { Location, Message } from '../messages/types';

export type ImportFormat = 'leadnet' | 'graphology' | 'cytoscape' | 'gexf' | 'graphml' | 'csv';
export type ExportFormat = 'leadnet' | 'gexf' | 'graphml' | 'csv';

/** One file to import. CSV may come with an optional node table and group table. */
export interface ImportSource {
  /** The file name (its ending helps tell the format); shown in messages. */
  name: string;
  text: string;
  /** CSV only: a node table (`id` column plus attributes). */
  nodes?: { name: string; text: string };
  /** CSV only: a group table (`id,label,kind,parent`), as Leadnet's CSV export writes it. */
  groups?: { name: string; text: string };
}

/** How foreign attributes become Leadnet fields. Unset: the format's own or the defaults. */
export interface ImportMapping {
  roleAttr?: string;
  kindAttr?: string;
  groupAttr?: string;
  weightAttr?: string;
  labelAttr?: string;
  /** Ties read "A leads B": reverse them so they point from the one who looks to the leader. */
  reverse?: boolean;
}

export interface ImportOptions {
  /** Overrides the format told from the name and content. */
  format?: ImportFormat;
  mapping?: ImportMapping;
  /** Drop dangling ties, duplicate ids, non-finite weights, … instead of refusing the file. */
  dropInvalid?: boolean;
}

/** One attribute a foreign file offers, for the mapping step's pickers and preview. */
export interface AttributeSummary {
  name: string;
  /** How many nodes (or edges) carry it. */
  count: number;
  /** Up to five distinct values, as found. */
  samples: AttributeValue[];
  /** Distinct values, counted up to 1000. */
  distinct: number;
}

export interface Inspection {
  format: ImportFormat;
  /** Leadnet JSON needs no mapping step. */
  needsMapping: boolean;
  nodes: number;
  edges: number;
  /** Whether the file's edges are directed ('mixed' when both occur). */
  directed: boolean | 'mixed';
  nodeAttributes: AttributeSummary[];
  edgeAttributes: AttributeSummary[];
  /** The mapping Leadnet would use without the user's choice (e.g. a `role` column). */
  suggested: ImportMapping;
}

/** Why a file was refused: messages, each located in the file where it can be. */
export type InspectResult = { ok: true; inspection: Inspection } | { ok: false; errors: Message[] };

/** One line of the import report: what happened, how often, where (the first 5 places). */
export interface ReportLine {
  message: Message;
  count: number;
  /** Places in the source: `edges[12]`, `graph > edges > edge[3]` line 65, `ties.csv` line 14. */
  where: Location[];
}

export interface ImportReport {
  format: ImportFormat;
  kept: { actors: number; ties: number; groups: number };
  /** Kept but altered: undirected edges doubled, parallel edges merged, weights rescaled, … */
  changed: ReportLine[];
  /** Left out: self-loops (always), and with `dropInvalid` the invalid items. */
  refused: ReportLine[];
  /** Worth knowing, nothing altered: ignored columns, attributes no tool reads, … */
  notes: ReportLine[];
}

export type ImportResult =
  | { ok: true; doc: NetworkDocument; report: ImportReport }
  /**
   * Refused. `droppable` is set when the only problems are items that `dropInvalid` would
   * drop: the UI then offers "import anyway, dropping N ties" (`drop` counts them).
   */
  | {
      ok: false;
      errors: Message[];
      droppable?: { actors: number; ties: number; groups: number };
      report?: ImportReport;
    };

export interface ExportOptions {
  /** CSV: measure columns for the actors table, by actor id (`measure:<name>` columns). */
  measures?: Record<string, Record<string, number | null>>;
}

/** An export: one or more files (CSV writes actors.csv, ties.csv, groups.csv). */
export interface ExportResult {
  files: { name: string; mime: string; text: string }[];
  /** What the format cannot carry (e.g. CSV has no scenarios); shown before the download. */
  warnings: Message[];
}

/** Limits checked before and while reading; a file over them is refused with a message. */
export const IMPORT_LIMITS = {
  bytes: 50 * 1024 * 1024,
  actors: 50_000,
  ties: 500_000,
} as const;
