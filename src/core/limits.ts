// The limits every reader of a network holds to, in one place: the file readers (Leadnet JSON,
// graphology and Cytoscape JSON, GEXF, GraphML, CSV), the JSON carried inside our own GEXF and
// GraphML, `leadnet validate`/`metrics`/`simulate`, and the app (which refuses a file from its
// size before reading it). A refusal says the limit it met.
export const LIMITS = {
  /** A file's size (text length, which for the ASCII of a network file is its bytes). */
  bytes: 50 * 1024 * 1024,
  /** Actors (nodes) in one network. */
  actors: 50_000,
  /** Ties (edges) in one network. */
  ties: 500_000,
  /**
   * Nesting of JSON arrays and objects, and of XML elements. Deeper than any network file
   * needs, and far below what JSON.stringify and structuredClone walk before a RangeError.
   */
  nesting: 100,
} as const;
