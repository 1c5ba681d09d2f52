// The analysis API: one plain object of plain functions, exposed by the worker through comlink,
// called by the CLI in Node and by the tests directly. Stateless: every request carries the
// document and its revision, and every result carries the revision back.
import { type CompareOptions, type Comparison, compareNetworks } from './compare';
import {
  type SensitivityRange,
  type SensitivityRequest,
  type SensitivityResult,
  analyseSensitivity,
  joinRanges,
  planSensitivity,
  runSensitivityRange,
} from './sensitivity/run';
import { type NetworkSummary, summarizeNetwork } from './analysis/summary';
import type { NetworkDocument } from './document/types';
import { type ParseResult, parseDocumentText } from './document';
import {
  type ExportFormat,
  type ExportOptions,
  type ExportResult,
  type ImportOptions,
  type ImportResult,
  type ImportSource,
  type InspectResult,
  exportNetwork,
  importNetwork,
  inspect,
} from './formats';
import { forceAtlas2Layout } from './layout/forceatlas2';
import { communityLayout, computeOverview, overviewGroups } from './layout/communities';
import type { Overview } from './layout/overview';
import { concentricLayout, hierarchyLayout } from './layout/tiers';
import { computeMetrics } from './metrics/compute';
import type { MetricOptions, MetricsResult } from './metrics/types';
import { type CompactDigraph, toCompactDigraph } from './metrics/compact';
import { type PathMetrics, type PathPartial, brandesRange } from './metrics/kernels/brandes';
import {
  DEFAULT_RUNS,
  type PreparedSimulation,
  type ReplicateBatch,
  type SimulationResult,
  mergeBatches,
  prepareSimulation,
  runReplicates,
  summarizeReplicates,
} from './simulation/monte-carlo';
import { SimulationInputError, type UnrecordedSupport } from './simulation/model';
import { resolveScenarios } from './simulation/scenarios';
import { say } from './simulation/messages';

export type { UnrecordedSupport } from './simulation/model';
export type { SimulationProvenance } from './simulation/provenance';

export interface AnalysisRequest {
  /** The document revision the request is about; echoed in the result. */
  revision: number;
  doc: NetworkDocument;
}

export interface Tagged<T> {
  revision: number;
  result: T;
}

/** Layouts computed off the main thread (fcose runs in the page for small networks). */
export const WORKER_LAYOUTS = [
  'forceatlas2',
  'hierarchy',
  'concentric',
  'concentric-inverse',
  'communities',
] as const;
export type WorkerLayout = (typeof WORKER_LAYOUTS)[number];

export interface LayoutRequest extends AnalysisRequest {
  layout: WorkerLayout;
  /** Seed of ForceAtlas2's starting positions. */
  seed?: number;
}

/** Positions in `doc.actors` order: [x0, y0, x1, y1, …]. */
export interface LayoutResult {
  positions: Float64Array;
}

export type ProgressCallback = (done: number) => void;

/** A Monte Carlo run of the simulation model (DESIGN §5.5). */
export interface SimulateRequest extends AnalysisRequest {
  /** Preset ids, ids of scenarios saved in the document, or scenario objects (DESIGN §5.4). */
  scenarios?: unknown[];
  /** Replicates (default 200). */
  runs?: number;
  /** Base seed: replicate r uses seed + r, the same for the baseline and every scenario. */
  seed?: number;
  /** Horizon T in weeks (default the parameter `weeks`, 78). */
  weeks?: number;
  /** The team (group id) per-team presets given by id act on; default `defaultPresetTeam`. */
  team?: string;
  /**
   * What to assume for teams with no support tie recorded (default `{ assume: 'none' }`): the
   * choice is reported in the warnings and the result's provenance.
   */
  unrecordedSupport?: UnrecordedSupport;
  /**
   * Parameter values for this run over the document's own, by name (a sensitivity design point,
   * `simulate --set`): checked like the document's, recorded in the provenance as `set`.
   */
  parameters?: Record<string, number>;
}

function prepare(request: SimulateRequest): PreparedSimulation {
  const { scenarios, origins, warnings } = resolveScenarios(request.doc, request.scenarios ?? [], {
    team: request.team,
  });
  const prepared = prepareSimulation(request.doc, {
    scenarios,
    origins,
    seed: request.seed,
    weeks: request.weeks,
    team: request.team,
    unrecordedSupport: request.unrecordedSupport,
    parameters: request.parameters,
  });
  return { ...prepared, warnings: [...warnings, ...prepared.warnings] };
}

function checkRuns(runs: number): number {
  if (!Number.isInteger(runs) || runs < 1)
    throw new SimulationInputError([say('sim_runs_too_few', { runs }, { path: ['runs'] })]);
  return runs;
}

export function createAnalysisApi() {
  return {
    ping(): 'pong' {
      return 'pong';
    },

    /** Parse and validate a document's JSON text (large files are parsed here, not in the page). */
    parseDocument(text: string, name?: string): ParseResult {
      return parseDocumentText(text, name);
    },

    /** A file's format and the attributes it offers, for the import mapping step (DESIGN §3). */
    inspectImport(source: ImportSource, options?: ImportOptions): InspectResult {
      return inspect(source, options);
    },

    /** Reads, maps and checks a file; the report says what was kept, changed and refused. */
    importNetwork(source: ImportSource, options?: ImportOptions): ImportResult {
      return importNetwork(source, options);
    },

    /** The document as Leadnet JSON, GEXF, GraphML or CSV files. */
    exportNetwork(
      doc: NetworkDocument,
      format: ExportFormat,
      options?: ExportOptions,
    ): ExportResult {
      return exportNetwork(doc, format, options);
    },

    /**
     * Every measure of the registry (DESIGN §4), with progress after each measure. `paths`:
     * betweenness and closeness already computed on a worker pool (src/services/path-pool.ts)
     * from `compactGraph` with the same kinds; they are used instead of computed again.
     */
    metrics(
      request: AnalysisRequest & MetricOptions & { paths?: PathMetrics },
      onProgress?: ProgressCallback,
    ): Tagged<MetricsResult> {
      const { revision, doc, kinds, seed, paths } = request;
      return {
        revision,
        result: computeMetrics(doc, { kinds, seed }, { onProgress }, { paths }),
      };
    },

    /**
     * The compact directed graph of a document (the included kinds' ties), built once in a
     * worker and handed to the others for `pathPartial`.
     */
    compactGraph(request: AnalysisRequest & { kinds?: string[] }): Tagged<CompactDigraph> {
      return { revision: request.revision, result: toCompactDigraph(request.doc, request.kinds) };
    },

    /**
     * Betweenness and closeness sums of the sources [from, to): one share of a worker pool's
     * run (src/core/metrics/path-pool.ts adds the shares up and finishes the measures).
     */
    pathPartial(graph: CompactDigraph, from: number, to: number): PathPartial {
      return brandesRange(graph, from, to);
    },

    summarize(request: AnalysisRequest & { kinds?: string[] }): Tagged<NetworkSummary> {
      return {
        revision: request.revision,
        result: summarizeNetwork(request.doc, { kinds: request.kinds }),
      };
    },

    /** A whole simulation run: the baseline and each scenario, summarised (DESIGN §5.5). */
    simulate(request: SimulateRequest, onProgress?: ProgressCallback): Tagged<SimulationResult> {
      const runs = checkRuns(request.runs ?? DEFAULT_RUNS);
      const prepared = prepare(request);
      return {
        revision: request.revision,
        result: summarizeReplicates(prepared, runReplicates(prepared, 0, runs, onProgress)),
      };
    },

    /**
     * Replicates [from, to) of a run: one share of a worker pool's. The shares merge into the
     * same numbers whatever the split (`summarizeSimulation`).
     */
    simulateRange(
      request: SimulateRequest,
      from: number,
      to: number,
      onProgress?: ProgressCallback,
    ): Tagged<ReplicateBatch> {
      return {
        revision: request.revision,
        result: runReplicates(prepare(request), from, to, onProgress),
      };
    },

    /** Merges a pool's shares in replicate order and summarises them. */
    summarizeSimulation(
      request: SimulateRequest,
      batches: ReplicateBatch[],
    ): Tagged<SimulationResult> {
      return {
        revision: request.revision,
        result: summarizeReplicates(prepare(request), mergeBatches(batches)),
      };
    },

    /** How many design points a sensitivity run has (to split them over a pool). */
    sensitivityPoints(request: SensitivityRequest): number {
      return planSensitivity(request).points;
    },

    /**
     * Design points [from, to) of a sensitivity run: one share of a pool's. The shares join into
     * the same result whatever the split (`sensitivityAnalyse`).
     */
    sensitivityRange(
      request: SensitivityRequest,
      from: number,
      to: number,
      onProgress?: ProgressCallback,
    ): SensitivityRange {
      return runSensitivityRange(planSensitivity(request), from, to, onProgress);
    },

    /** Joins a pool's shares in point order and computes the measures (DESIGN §5.7). */
    sensitivityAnalyse(request: SensitivityRequest, ranges: SensitivityRange[]): SensitivityResult {
      const plan = planSensitivity(request);
      return analyseSensitivity(plan, joinRanges(plan, ranges));
    },

    layout(request: LayoutRequest, onProgress?: ProgressCallback): Tagged<LayoutResult> {
      const { doc } = request;
      let positions: Float64Array;
      switch (request.layout) {
        case 'forceatlas2':
          positions = forceAtlas2Layout(doc, { seed: request.seed, onProgress });
          break;
        case 'hierarchy':
          positions = hierarchyLayout(doc);
          break;
        case 'concentric':
          positions = concentricLayout(doc, { outer: 'managers' });
          break;
        case 'concentric-inverse':
          positions = concentricLayout(doc, { outer: 'members' });
          break;
        case 'communities':
          positions = communityLayout(doc, overviewGroups(doc, request.seed), {
            seed: request.seed,
            onProgress,
          });
          break;
        default:
          throw new Error(`layout: unknown layout ${JSON.stringify(request.layout)}`);
      }
      return { revision: request.revision, result: { positions } };
    },

    /**
     * A big network's overview (layout/overview.ts): who is named, its groups, and new
     * positions when the file's are absent or random.
     */
    overview(request: LayoutRequest, onProgress?: ProgressCallback): Tagged<Overview> {
      const result = computeOverview(request.doc, { seed: request.seed, onProgress });
      return { revision: request.revision, result };
    },

    /** Two networks compared (issue 13): who joined and left, ties, each measure's change. */
    compare(
      request: {
        revision: number;
        before: NetworkDocument;
        after: NetworkDocument;
      } & CompareOptions,
    ): Tagged<Comparison> {
      const { revision, before, after, ...options } = request;
      return { revision, result: compareNetworks(before, after, options) };
    },
  };
}

export type { Comparison, CompareOptions } from './compare';
export type AnalysisApi = ReturnType<typeof createAnalysisApi>;
export type { NetworkSummary };
