// The simulation model compiled (DESIGN §5.1): a document and a scenario as flat typed arrays.
// Selectors are resolved once here, so the weekly kernel (step.ts) only reads indices.
import type { Actor, NetworkDocument } from '../document/types';
import type { Location } from '../messages/types';
import { say } from './messages';
import { SimulationInputError } from './errors';
import {
  type ModelParameters,
  type ParameterName,
  type SimulationIssue,
  checkParameter,
  resolveParameters,
} from './parameters';
import type { Scenario, TieSelector } from './scenario-schema';
import { type Selection, selectActors, selectGroups, selectTies } from './selectors';

export const MEMBER = 0;
export const COORDINATOR = 1;
export const REGIONAL = 2;
export const MANAGER = 3;
export const OUTSIDE = 4;
/** A post removed for good never gets a newcomer. */
export const FOREVER = 0x7fffffff;

/**
 * What a run assumes for a team with no support tie recorded (DESIGN §5.8): no support, the
 * median of the teams that have one recorded, or a given level in [0, 1]. Unknown is not zero:
 * the choice is the user's and is reported with the result.
 */
export type UnrecordedSupport =
  { assume: 'none' } | { assume: 'median' } | { assume: 'value'; value: number };

export type CompiledIntervention = {
  week: number;
  /** The intervention's place in its scenario: the key of its random picks. */
  index: number;
  path: readonly (string | number)[];
} & (
  | {
      action: 'remove-ties' | 'add-ties';
      slots: Int32Array;
      sup: Int32Array;
      co: Int32Array;
      weight: number;
      /** Teams whose assumed support (none recorded) this removal withdraws too. */
      clearAssumed: Int32Array;
    }
  | {
      action: 'remove-actors';
      actors: Int32Array;
      vacancy: number;
      count: number;
      keepSupport: boolean;
    }
  | { action: 'set-support'; teams: Int32Array; level: number }
  | { action: 'turnover-burst'; actors: Int32Array; fraction: number }
  | { action: 'set-parameter'; name: ParameterName; value: number }
);

export interface CompiledModel {
  /** Parameters with the document's overrides and week-0 `set-parameter`s applied. */
  params: ModelParameters;
  weeks: number;
  n: number;
  /** Each actor's team index, −1 outside teams; its role class (MEMBER…OUTSIDE). */
  actorTeam: Int32Array;
  actorRole: Uint8Array;
  /** Position of a team actor in its team's list, −1 outside. */
  actorPos: Int32Array;
  teamIds: string[];
  /** Team k's actors are teamActors[teamStart[k]…teamStart[k+1]). */
  teamStart: Int32Array;
  teamActors: Int32Array;
  /**
   * Leadership as CSR over every in-team ordered pair: actor i's slots slotStart[i]… point to
   * each team-mate in team order (itself skipped), weight 0 for no tie. A newcomer's fresh ties
   * then fill existing slots with no reallocation; teams are small, so Σnₖ² slots stay cheap.
   */
  slotStart: Int32Array;
  slotTarget: Int32Array;
  slotWeight: Float64Array;
  /** Support ties team actor → manager; coordination ties; `on` 0 for ties a scenario adds later. */
  supSource: Int32Array;
  supTarget: Int32Array;
  supWeight: Float64Array;
  supOn: Uint8Array;
  coSource: Int32Array;
  coTarget: Int32Array;
  coWeight: Float64Array;
  coOn: Uint8Array;
  regional: Int32Array;
  interventions: CompiledIntervention[];
  /** Per team: 1 when the file has a coordinator in it (a post the switches can treat as filled). */
  coordinatorPost: Float64Array;
  /** Per team: 1 when the file records no support tie from the team to a manager. */
  unrecorded: Uint8Array;
  /** Per team: the support level assumed at week 0 (0 where support is recorded). */
  assumedSupport: Float64Array;
  /** The level assumed for unrecorded teams (null when every team has support recorded). */
  assumedLevel: number | null;
  warnings: SimulationIssue[];
}

/** A model while it is compiled: everything but the tie columns, which are filled last. */
type ModelInProgress = Omit<
  CompiledModel,
  'supSource' | 'supTarget' | 'supWeight' | 'supOn' | 'coSource' | 'coTarget' | 'coWeight' | 'coOn'
>;

/** The slot of the leadership tie i → j (both in one team). */
export function slotOf(m: CompiledModel, i: number, j: number): number {
  const pi = m.actorPos[i]!;
  const pj = m.actorPos[j]!;
  return m.slotStart[i]! + (pj < pi ? pj : pj - 1);
}

function roleClass(actor: Actor, inTeam: boolean): number {
  if (actor.role === 'regional-coordinator') return REGIONAL;
  if (actor.role === 'manager') return MANAGER;
  if (!inTeam) return OUTSIDE;
  // Any other role in a team counts as a member (DESIGN §2).
  return actor.role === 'coordinator' ? COORDINATOR : MEMBER;
}

/**
 * Compiles a document, and optionally one scenario, for `weeks` weeks (default the parameter
 * `weeks`). Throws SimulationInputError for no teams or bad parameters; collects warnings.
 */
export function compileModel(
  doc: NetworkDocument,
  scenario?: Scenario,
  options: {
    weeks?: number;
    scenarioPath?: readonly (string | number)[];
    unrecordedSupport?: UnrecordedSupport;
    /** Parameter values set by the request, over the document's own (errors at `set.<name>`). */
    parameters?: Readonly<Record<string, number>>;
  } = {},
): CompiledModel {
  const warnings: SimulationIssue[] = [];
  const { parameters: params, errors } = resolveParameters(doc.parameters, warnings);
  for (const [name, value] of Object.entries(options.parameters ?? {})) {
    const error = checkParameter(name, value, { path: ['set', name] }, warnings);
    if (error) errors.push(error);
    else params[name as ParameterName] = value;
  }
  if (options.weeks !== undefined) {
    const error = checkParameter('weeks', options.weeks, { path: ['weeks'] }, []);
    if (error) errors.push(error);
    else params.weeks = options.weeks;
  }
  if (errors.length > 0) throw new SimulationInputError(errors);

  const groupIndex = new Map(doc.groups.map((g, i) => [g.id, i]));
  const teamOfGroup = (groupId: string | undefined): number => {
    // The nearest enclosing group of kind `team` (cycle-safe walk up the parents).
    const seen = new Set<string>();
    for (let at = groupId; at !== undefined && !seen.has(at);) {
      seen.add(at);
      const g = doc.groups[groupIndex.get(at) ?? -1];
      if (!g) return -1;
      if (g.kind === 'team') return groupIndex.get(at)!;
      at = g.parent;
    }
    return -1;
  };
  const teamGroups = doc.groups.flatMap((g, i) => (g.kind === 'team' ? [i] : []));
  if (teamGroups.length === 0)
    throw new SimulationInputError([say('sim_no_teams', {}, { path: ['groups'] })]);
  const teamOf = new Map(teamGroups.map((g, k) => [g, k]));
  const K = teamGroups.length;
  const n = doc.actors.length;
  const actorTeam = new Int32Array(n).fill(-1);
  const actorRole = new Uint8Array(n);
  const actorPos = new Int32Array(n).fill(-1);
  const lists: number[][] = teamGroups.map(() => []);
  doc.actors.forEach((a, i) => {
    const k = teamOf.get(teamOfGroup(a.group)) ?? -1;
    const role = roleClass(a, k >= 0);
    actorRole[i] = role;
    if (k >= 0 && (role === MEMBER || role === COORDINATOR)) {
      actorTeam[i] = k;
      actorPos[i] = lists[k]!.length;
      lists[k]!.push(i);
    }
  });
  const teamStart = new Int32Array(K + 1);
  lists.forEach((l, k) => (teamStart[k + 1] = teamStart[k]! + l.length));
  const teamActors = Int32Array.from(lists.flat());
  const slotStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i += 1) {
    const k = actorTeam[i]!;
    slotStart[i + 1] = slotStart[i]! + (k < 0 ? 0 : lists[k]!.length - 1);
  }
  const slotTarget = new Int32Array(slotStart[n]!);
  for (let i = 0; i < n; i += 1) {
    const k = actorTeam[i]!;
    if (k < 0) continue;
    let s = slotStart[i]!;
    for (const j of lists[k]!) if (j !== i) slotTarget[s++] = j;
  }
  const index = new Map(doc.actors.map((a, i) => [a.id, i]));
  const sup: number[][] = [];
  const co: number[][] = [];
  const supKey = new Map<string, number>();
  const coKey = new Map<string, number>();
  const m: ModelInProgress = {
    params,
    weeks: params.weeks,
    n,
    actorTeam,
    actorRole,
    actorPos,
    teamIds: teamGroups.map((g) => doc.groups[g]!.id),
    teamStart,
    teamActors,
    slotStart,
    slotTarget,
    slotWeight: new Float64Array(slotTarget.length),
    regional: Int32Array.from(doc.actors.flatMap((_, i) => (actorRole[i] === REGIONAL ? [i] : []))),
    interventions: [],
    coordinatorPost: Float64Array.from(lists, (l) =>
      l.some((i) => actorRole[i] === COORDINATOR) ? 1 : 0,
    ),
    unrecorded: new Uint8Array(K),
    assumedSupport: new Float64Array(K),
    assumedLevel: null,
    warnings,
  };
  /** Adds or finds a tie the model uses; returns [kind code, index] or null when it ignores it. */
  const place = (
    s: number,
    t: number,
    kind: string,
    weight: number,
    on: number,
  ): [number, number] | null => {
    if (s === t) return null;
    if (kind === 'leadership' && actorTeam[s]! >= 0 && actorTeam[s] === actorTeam[t]) {
      const slot = slotOf(m as CompiledModel, s, t);
      if (on) m.slotWeight[slot] = weight;
      return [0, slot];
    }
    // Support counts from a team actor to a manager, as §4's supportLevel reads it.
    const [list, keys, code] =
      kind === 'support' && actorTeam[s]! >= 0 && actorRole[t] === MANAGER
        ? [sup, supKey, 1]
        : kind === 'coordination'
          ? [co, coKey, 2]
          : [null, null, -1];
    if (!list) return null;
    const key = `${s} ${t}`;
    let at = keys.get(key);
    if (at === undefined) {
      at = list.length;
      keys.set(key, at);
      list.push([s, t, weight, on]);
    } else if (on) list[at] = [s, t, weight, on];
    return [code, at];
  };
  for (const tie of doc.ties) {
    const s = index.get(tie.source);
    const t = index.get(tie.target);
    if (s !== undefined && t !== undefined) place(s, t, tie.kind, tie.weight, 1);
  }
  assumeSupport(m, sup, options.unrecordedSupport ?? { assume: 'none' });
  const sel: Selection = { doc, warnings };
  const at = options.scenarioPath ?? (scenario ? ['scenario', scenario.id] : []);
  const settings = parameterTimeline(scenario, params, at, warnings);
  scenario?.interventions.forEach((iv, i) => {
    const path = [...at, 'interventions', i];
    const where: Location = { path };
    const nothing = (
      code:
        | 'sim_selects_no_ties'
        | 'sim_selects_no_pairs'
        | 'sim_selects_no_actors'
        | 'sim_selects_no_teams',
    ) => warnings.push(say(code, {}, where));
    if (iv.week > params.weeks)
      warnings.push(
        say(
          'sim_week_after_horizon',
          { week: iv.week, weeks: params.weeks },
          { path: [...path, 'week'] },
        ),
      );
    const base = { week: iv.week, index: i, path };
    switch (iv.action) {
      case 'remove-ties':
      case 'add-ties': {
        const slots: number[] = [];
        const sups: number[] = [];
        const cos: number[] = [];
        const put = (p: [number, number] | null) => p && [slots, sups, cos][p[0]]!.push(p[1]);
        let selected = 0;
        if (iv.action === 'remove-ties') {
          for (const tie of selectTies(sel, iv.ties, [...path, 'ties'], index)) {
            selected += 1;
            put(place(index.get(tie.source)!, index.get(tie.target)!, tie.kind, tie.weight, 0));
          }
        } else {
          const from = selectActors(sel, iv.between ?? iv.from!, [
            ...path,
            iv.between ? 'between' : 'from',
          ]);
          const to = iv.between ? from : selectActors(sel, iv.to!, [...path, 'to']);
          for (const s of from)
            for (const t of to)
              if (s !== t) {
                selected += 1;
                put(place(s, t, iv.kind, iv.weight, 0));
              }
        }
        if (selected === 0)
          nothing(iv.action === 'remove-ties' ? 'sim_selects_no_ties' : 'sim_selects_no_pairs');
        const weight = iv.action === 'add-ties' ? iv.weight : 0;
        const clearAssumed =
          iv.action === 'remove-ties' ? withdrawnAssumedSupport(m, doc, iv.ties, sel, path) : [];
        m.interventions.push({
          ...base,
          action: iv.action,
          weight,
          slots: Int32Array.from(slots),
          sup: Int32Array.from(sups),
          co: Int32Array.from(cos),
          clearAssumed: Int32Array.from(clearAssumed),
        });
        break;
      }
      case 'remove-actors':
      case 'turnover-burst': {
        let selected = selectActors(sel, iv.actors, [...path, 'actors']);
        if (iv.action === 'remove-actors' && iv.matchedTo)
          selected = matchPositions(
            m as CompiledModel,
            selected,
            selectActors(sel, iv.matchedTo, [...path, 'matchedTo']),
          );
        const actors = Int32Array.from(selected);
        if (actors.length === 0) nothing('sim_selects_no_actors');
        if (iv.action === 'remove-actors')
          m.interventions.push({
            ...base,
            action: iv.action,
            actors,
            vacancy: iv.vacancyWeeks ?? -1,
            count: iv.count ?? 0,
            keepSupport: iv.keepSupport ?? false,
          });
        else m.interventions.push({ ...base, action: iv.action, actors, fraction: iv.fraction });
        break;
      }
      case 'set-support': {
        const groups = selectGroups(sel, iv.groups, [...path, 'groups']);
        const teams = Int32Array.from(m.teamIds.flatMap((id, k) => (groups.has(id) ? [k] : [])));
        if (teams.length === 0) nothing('sim_selects_no_teams');
        m.interventions.push({ ...base, action: iv.action, teams, level: iv.level });
        break;
      }
      case 'set-parameter': {
        const value = settings.get(i)!;
        const name = iv.name as ParameterName;
        // At week 0 the value holds from the start, initial state included.
        if (iv.week === 0) params[name] = value;
        else m.interventions.push({ ...base, action: iv.action, name, value });
        break;
      }
    }
  });
  m.interventions.sort((a, b) => a.week - b.week);
  const cols = (list: number[][]) => [0, 1, 2, 3].map((c) => list.map((row) => row[c]!));
  const [ss, st, sw, so] = cols(sup);
  const [cs, ct, cw, cOn] = cols(co);
  const model: CompiledModel = {
    ...m,
    supSource: Int32Array.from(ss!),
    supTarget: Int32Array.from(st!),
    supWeight: Float64Array.from(sw!),
    supOn: Uint8Array.from(so!),
    coSource: Int32Array.from(cs!),
    coTarget: Int32Array.from(ct!),
    coWeight: Float64Array.from(cw!),
    coOn: Uint8Array.from(cOn!),
  };
  teamWarnings(model, doc, groupIndex, warnings);
  return model;
}

/**
 * Marks the teams with no support tie recorded (none from one of its actors to a manager in the
 * file) and sets the level the run assumes for them: none, the median of the recorded teams'
 * strongest support tie, or a given value.
 */
function assumeSupport(m: ModelInProgress, sup: number[][], rule: UnrecordedSupport): void {
  const K = m.teamIds.length;
  const recorded = new Float64Array(K).fill(-1);
  for (const [source, , weight, on] of sup)
    if (on) {
      const k = m.actorTeam[source!]!;
      recorded[k] = Math.max(recorded[k]!, weight!);
    }
  const levels = [...recorded].filter((w) => w >= 0).sort((a, b) => a - b);
  for (let k = 0; k < K; k += 1) m.unrecorded[k] = recorded[k]! < 0 ? 1 : 0;
  if (!m.unrecorded.includes(1)) return;
  let level = 0;
  if (rule.assume === 'value') {
    if (!(Number.isFinite(rule.value) && rule.value >= 0 && rule.value <= 1))
      throw new SimulationInputError([
        say(
          'sim_param_out_of_bounds',
          { value: rule.value, min: 0, max: 1 },
          { path: ['unrecordedSupport', 'value'] },
        ),
      ]);
    level = rule.value;
  } else if (rule.assume === 'median') {
    if (levels.length === 0)
      throw new SimulationInputError([
        say('sim_support_no_median', {}, { path: ['unrecordedSupport', 'assume'] }),
      ]);
    const mid = (levels.length - 1) / 2;
    level = (levels[Math.floor(mid)]! + levels[Math.ceil(mid)]!) / 2;
  }
  m.assumedLevel = level;
  for (let k = 0; k < K; k += 1) m.assumedSupport[k] = m.unrecorded[k] ? level : 0;
}

/**
 * The unrecorded teams whose assumed support a `remove-ties` withdraws: one that selects support
 * ties (kind \`support\` or any kind) and not by tie ids, in a group that holds the team (if it
 * names one), with a role found in the team or management (if it names one).
 */
function withdrawnAssumedSupport(
  m: Pick<CompiledModel, 'teamIds' | 'unrecorded' | 'teamStart' | 'teamActors'>,
  doc: NetworkDocument,
  ties: TieSelector,
  sel: Selection,
  path: readonly (string | number)[],
): number[] {
  if (ties.ids !== undefined || (ties.kind !== undefined && ties.kind !== 'support')) return [];
  const inside =
    ties.group === undefined
      ? undefined
      : selectGroups(sel, { group: ties.group }, [...path, 'ties']);
  const out: number[] = [];
  m.teamIds.forEach((id, k) => {
    if (!m.unrecorded[k] || (inside && !inside.has(id))) return;
    if (ties.role !== undefined && ties.role !== 'manager') {
      let found = false;
      for (let p = m.teamStart[k]!; p < m.teamStart[k + 1]!; p += 1)
        if (doc.actors[m.teamActors[p]!]!.role === ties.role) found = true;
      if (!found) return;
    }
    out.push(k);
  });
  return out;
}

/**
 * Position matching: for each team of a `matchedTo` actor, the selected actor of that team whose
 * in-team leadership in- and out-degree are closest to it (L1 distance; then the weighted
 * strengths; then the file's order). Always the same actors, so every replicate compares alike.
 */
function matchPositions(m: CompiledModel, selected: number[], references: number[]): number[] {
  const degree = (i: number) => {
    let inD = 0;
    let outD = 0;
    let inS = 0;
    let outS = 0;
    for (let e = m.slotStart[i]!; e < m.slotStart[i + 1]!; e += 1) {
      const w = m.slotWeight[e]!;
      if (w > 0) {
        outD += 1;
        outS += w;
      }
      const back = m.slotWeight[slotOf(m, m.slotTarget[e]!, i)]!;
      if (back > 0) {
        inD += 1;
        inS += back;
      }
    }
    return { inD, outD, inS, outS };
  };
  const out: number[] = [];
  const seenTeams = new Set<number>();
  for (const ref of references) {
    const k = m.actorTeam[ref]!;
    if (k < 0 || seenTeams.has(k)) continue;
    seenTeams.add(k);
    const target = degree(ref);
    let best = -1;
    let bestKey: [number, number] = [Infinity, Infinity];
    for (const i of selected) {
      if (i === ref || m.actorTeam[i] !== k) continue;
      const d = degree(i);
      const key: [number, number] = [
        Math.abs(d.inD - target.inD) + Math.abs(d.outD - target.outD),
        Math.abs(d.inS - target.inS) + Math.abs(d.outS - target.outS),
      ];
      if (key[0] < bestKey[0] || (key[0] === bestKey[0] && key[1] < bestKey[1])) {
        best = i;
        bestKey = key;
      }
    }
    if (best >= 0) out.push(best);
  }
  return out.sort((a, b) => a - b);
}

/**
 * The value each `set-parameter` sets, in week order (a multiplier applies to the value in force
 * that week), checked against the bounds. Returns intervention index → value.
 */
function parameterTimeline(
  scenario: Scenario | undefined,
  params: ModelParameters,
  at: readonly (string | number)[],
  warnings: SimulationIssue[],
): Map<number, number> {
  const running = { ...params };
  const values = new Map<number, number>();
  const order = (scenario?.interventions ?? [])
    .map((iv, i) => [iv, i] as const)
    .sort((a, b) => a[0].week - b[0].week);
  for (const [iv, i] of order) {
    if (iv.action !== 'set-parameter') continue;
    const path = [...at, 'interventions', i];
    const name = iv.name as ParameterName;
    if (name === 'weeks')
      throw new SimulationInputError([
        say('sim_weeks_not_settable', {}, { path: [...path, 'name'] }),
      ]);
    const value = iv.value ?? running[name] * iv.multiply!;
    const field = iv.value === undefined ? 'multiply' : 'value';
    const error = checkParameter(name, value, { path: [...path, field] }, warnings);
    if (error) throw new SimulationInputError([error]);
    running[name] = value;
    values.set(i, value);
  }
  return values;
}

function teamWarnings(
  m: CompiledModel,
  doc: NetworkDocument,
  groupIndex: Map<string, number>,
  warnings: SimulationIssue[],
) {
  const label = (k: number) => doc.groups[groupIndex.get(m.teamIds[k]!)!]?.label ?? m.teamIds[k]!;
  // Teams without recorded support: one message naming them all, with what the run assumes.
  const unrecorded = m.teamIds.flatMap((_, k) => (m.unrecorded[k] ? [k] : []));
  if (unrecorded.length > 0) {
    const teams = unrecorded.map(label);
    const at: Location | undefined =
      unrecorded.length === 1
        ? { path: ['groups', groupIndex.get(m.teamIds[unrecorded[0]!]!)!] }
        : undefined;
    const level = m.assumedLevel ?? 0;
    warnings.push(
      level === 0
        ? say('sim_support_not_recorded_none', { teams }, at)
        : say('sim_support_not_recorded_level', { teams, level }, at),
    );
  }
  m.teamIds.forEach((teamId, k) => {
    const g = groupIndex.get(teamId)!;
    const at: Location = { path: ['groups', g] };
    const team = label(k);
    let coordinated = false;
    for (let p = m.teamStart[k]!; p < m.teamStart[k + 1]!; p += 1)
      if (m.actorRole[m.teamActors[p]!] === COORDINATOR) coordinated = true;
    if (m.teamStart[k + 1] === m.teamStart[k]) warnings.push(say('sim_team_empty', { team }, at));
    else if (!coordinated) warnings.push(say('sim_team_no_coordinator', { team }, at));
  });
}

export { SimulationInputError } from './errors';
