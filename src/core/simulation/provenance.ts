// What a simulation result carries so that it can be cited and run again (DESIGN §5.8): the app
// and model versions, the document's SHA-256, every resolved parameter, the scenarios as run, the
// seed, runs and weeks, the warnings, and what was assumed for teams without recorded support.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { version as appVersion } from '../../../package.json';
import type { NetworkDocument } from '../document/types';
import { englishText } from '../messages/english';
import type { Message } from '../messages/types';
import type { UnrecordedSupport } from './model';
import type { ModelParameters } from './parameters';
import type { Scenario } from './scenario-schema';

export type { UnrecordedSupport } from './model';

/**
 * The model's version: raised whenever the same input and seed may give other numbers (a
 * change to the equations, the random streams, a default) or the output's shape changes.
 */
export const MODEL_VERSION = '2.0.0';

/** Where a scenario of the run came from: a preset, the network file, or the request itself. */
export type ScenarioOrigin = 'preset' | 'document' | 'request';

export interface ProvenanceScenario {
  from: ScenarioOrigin;
  /** The scenario as run: every field filled in (weeks, weights, the team of a per-team preset). */
  scenario: Scenario;
}

export interface SimulationProvenance {
  app: { name: 'Leadnet'; version: string };
  model: { version: string };
  /** SHA-256 (hex) of the document as Leadnet read it, serialised with JSON.stringify, UTF-8. */
  document: { sha256: string; title: string | null };
  seed: number;
  runs: number;
  weeks: number;
  /** The team per-team presets named by id act on (null: each preset's default team). */
  team: string | null;
  /** Every model parameter with the value the baseline ran with (defaults and the file's own). */
  parameters: ModelParameters;
  scenarios: ProvenanceScenario[];
  /** What was assumed for teams with no support tie recorded, which teams, and the level used. */
  unrecordedSupport: UnrecordedSupport & { teams: string[]; level: number | null };
  /** The run's warnings as messages, each with its English text. */
  warnings: (Message & { text: string })[];
  /**
   * Parameter values the run set over the network's own (`simulate --set`; a sensitivity design
   * point), also in `parameters`. Absent when the run set none.
   */
  set?: Record<string, number>;
}

/** The document's fingerprint: SHA-256 of its JSON (the form every surface reads it in). */
export function documentSha256(doc: NetworkDocument): string {
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify(doc))));
}

export function buildProvenance(input: {
  doc: NetworkDocument;
  seed: number;
  runs: number;
  weeks: number;
  team: string | undefined;
  parameters: ModelParameters;
  scenarios: ProvenanceScenario[];
  unrecordedSupport: SimulationProvenance['unrecordedSupport'];
  warnings: readonly Message[];
  set?: Readonly<Record<string, number>>;
}): SimulationProvenance {
  return {
    app: { name: 'Leadnet', version: appVersion },
    model: { version: MODEL_VERSION },
    document: {
      sha256: documentSha256(input.doc),
      title: typeof input.doc.meta.title === 'string' ? input.doc.meta.title : null,
    },
    seed: input.seed,
    runs: input.runs,
    weeks: input.weeks,
    team: input.team ?? null,
    parameters: { ...input.parameters },
    scenarios: input.scenarios,
    unrecordedSupport: input.unrecordedSupport,
    warnings: input.warnings.map((w) => ({ ...w, text: englishText(w) })),
    ...(input.set && Object.keys(input.set).length > 0 ? { set: { ...input.set } } : {}),
  };
}
