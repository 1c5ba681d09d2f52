// The simulation model compiled (DESIGN §5.1): a document and a scenario as flat typed arrays.
// Selectors are resolved once here, so the weekly kernel (step.ts) only reads indices.
import type { Actor, NetworkDocument } from '../document/types';
import { MessageError } from '../messages/error';
import type { Location } from '../messages/types';
import { say } from './messages';
import {
  type ModelParameters,
  type ParameterName,
  type SimulationIssue,
  checkParameter,
  resolveParameters,
} from './parameters';
import type { Scenario } from './scenarios';
import { type Selection, selectActors, selectGroups, selectTies } from './selectors';

/** A document or scenario the model cannot run; its messages say where and why. */
export class SimulationInputError extends MessageError {
  override name = 'SimulationInputError';
  get issues(): readonly SimulationIssue[] {
    return this.messages;
  }
}

export const MEMBER = 0;
export const COORDINATOR = 1;
export const REGIONAL = 2;
export const MANAGER = 3;
export const OUTSIDE = 4;
/** A post removed for good never gets a newcomer. */
export const FOREVER = 0x7fffffff;

export type CompiledIntervention = { week: number; path: readonly (string | number)[] } & (
  | {
      action: 'remove-ties' | 'add-ties';
      slots: Int32Array;
      sup: Int32Array;
      co: Int32Array;
      weight: number;
    }
  | { action: 'remove-actors'; actors: Int32Array; vacancy: number; count: number }
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
  warnings: SimulationIssue[];
}

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
  options: { weeks?: number; scenarioPath?: readonly (string | number)[] } = {},
): CompiledModel {
  const warnings: SimulationIssue[] = [];
  const { parameters: params, errors } = resolveParameters(doc.parameters, warnings);
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
  const m: Omit<
    CompiledModel,
    | 'supSource'
    | 'supTarget'
    | 'supWeight'
    | 'supOn'
    | 'coSource'
    | 'coTarget'
    | 'coWeight'
    | 'coOn'
  > = {
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
    const base = { week: iv.week, path };
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
        m.interventions.push({
          ...base,
          action: iv.action,
          weight,
          slots: Int32Array.from(slots),
          sup: Int32Array.from(sups),
          co: Int32Array.from(cos),
        });
        break;
      }
      case 'remove-actors':
      case 'turnover-burst': {
        const actors = Int32Array.from(selectActors(sel, iv.actors, [...path, 'actors']));
        if (actors.length === 0) nothing('sim_selects_no_actors');
        if (iv.action === 'remove-actors')
          m.interventions.push({
            ...base,
            action: iv.action,
            actors,
            vacancy: iv.vacancyWeeks ?? -1,
            count: iv.count ?? 0,
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
  m.teamIds.forEach((teamId, k) => {
    const g = groupIndex.get(teamId)!;
    const at: Location = { path: ['groups', g] };
    const team = doc.groups[g]?.label ?? teamId;
    let supported = false;
    for (let e = 0; e < m.supSource.length; e += 1)
      if (m.supOn[e] && m.actorTeam[m.supSource[e]!] === k) supported = true;
    if (!supported) warnings.push(say('sim_team_no_support', { team }, at));
    let coordinated = false;
    for (let p = m.teamStart[k]!; p < m.teamStart[k + 1]!; p += 1)
      if (m.actorRole[m.teamActors[p]!] === COORDINATOR) coordinated = true;
    if (m.teamStart[k + 1] === m.teamStart[k]) warnings.push(say('sim_team_empty', { team }, at));
    else if (!coordinated) warnings.push(say('sim_team_no_coordinator', { team }, at));
  });
}
