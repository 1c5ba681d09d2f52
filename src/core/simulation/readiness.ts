// What the simulation model needs of a network, checked before a run (issue 11): teams (groups of
// kind "team") with people in them; a local coordinator in each; support from management (a
// support tie from someone in the team to a person whose role is manager); leadership ties among
// the team's members. Per team, by its label, with what is missing; and, when no team could show
// any progress, one plain sentence saying why and how to fix it — a run would only draw zeros.
// It reads the document the way model.ts compiles it (the nearest enclosing team, roles, kinds).
import type { NetworkDocument } from '../document/types';
import type { Message } from '../messages/types';
import { defineMessages } from '../messages/types';
import type { UnrecordedSupport } from './model';

export const READINESS_MESSAGES = defineMessages({
  ready_no_teams: {},
  ready_no_teams_groups: { count: 'count' },
  ready_teams_empty: {},
  ready_no_managers: {},
  ready_no_support: {},
  ready_no_leadership: {},
  ready_nothing_progresses: {},
  ready_team_empty: { team: 'name' },
  ready_team_no_coordinator: { team: 'name' },
  ready_team_no_support: { team: 'name' },
  ready_team_support_not_manager: { team: 'name', people: 'names' },
  ready_team_no_leadership: { team: 'name' },
});
const say = READINESS_MESSAGES.say;

export type TeamProblem = 'empty' | 'no-coordinator' | 'no-support' | 'no-leadership';

export interface TeamReadiness {
  id: string;
  label: string;
  /** The team's people as the model counts them (members and coordinators), by id. */
  people: string[];
  coordinators: string[];
  /** The managers someone in the team looks to for support. */
  supportFrom: string[];
  /** People the team's support ties point to who are not managers (the model ignores them). */
  supportToOthers: string[];
  /** Leadership ties between two of the team's people. */
  leadershipTies: number;
  /** Support recorded for the team: the strongest support tie to a manager, or null. */
  supportRecorded: number | null;
  /** The support the run would use: recorded, else what is assumed (0 for none). */
  supportUsed: number;
  problems: TeamProblem[];
  /** Whether the model can show this team any progress (people, support and leadership ties). */
  progresses: boolean;
}

export interface GroupCandidate {
  id: string;
  label: string;
  kind: string;
  /** People placed directly in the group, outside any team. */
  people: number;
}

export interface Readiness {
  teams: TeamReadiness[];
  /** Everyone whose role is manager, by id. */
  managers: string[];
  /** Groups that are not teams but hold people outside any team: they may be teams. */
  candidates: GroupCandidate[];
  /** Why nothing can be simulated, in one sentence with its fix; null when a run makes sense. */
  blocker: Message | null;
  /** What each team lacks, in the order of the teams. */
  findings: Message[];
}

/** Group kinds that are never teams (DESIGN §2): not offered to be marked as teams. */
const NOT_TEAMS = new Set(['organization', 'region', 'collaborative']);

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function checkReadiness(
  doc: NetworkDocument,
  assumption: UnrecordedSupport = { assume: 'none' },
): Readiness {
  const groups = new Map(doc.groups.map((g) => [g.id, g]));
  /** The nearest enclosing team of a group (cycle-safe), as model.ts finds it. */
  const teamOf = (groupId: string | undefined): string | null => {
    const seen = new Set<string>();
    for (let at = groupId; at !== undefined && !seen.has(at);) {
      seen.add(at);
      const g = groups.get(at);
      if (!g) return null;
      if (g.kind === 'team') return g.id;
      at = g.parent;
    }
    return null;
  };
  const role = new Map(doc.actors.map((a) => [a.id, a.role]));
  const actorTeam = new Map<string, string>();
  const teams = doc.groups.filter((g) => g.kind === 'team');
  const byTeam = new Map(teams.map((g) => [g.id, [] as string[]]));
  for (const a of doc.actors) {
    if (a.role === 'manager' || a.role === 'regional-coordinator') continue;
    const team = teamOf(a.group);
    if (team === null) continue;
    actorTeam.set(a.id, team);
    byTeam.get(team)!.push(a.id);
  }
  const managers = doc.actors.filter((a) => a.role === 'manager').map((a) => a.id);

  const support = new Map<string, Map<string, number>>();
  const supportToOthers = new Map<string, Set<string>>();
  const leadership = new Map<string, number>();
  for (const tie of doc.ties) {
    const team = actorTeam.get(tie.source);
    if (team === undefined || tie.source === tie.target) continue;
    if (tie.kind === 'support') {
      if (role.get(tie.target) === 'manager') {
        const to = support.get(team) ?? new Map<string, number>();
        to.set(tie.target, Math.max(to.get(tie.target) ?? 0, tie.weight ?? 1));
        support.set(team, to);
      } else if (role.has(tie.target)) {
        const others = supportToOthers.get(team) ?? new Set<string>();
        others.add(tie.target);
        supportToOthers.set(team, others);
      }
    } else if (tie.kind === 'leadership' && actorTeam.get(tie.target) === team)
      leadership.set(team, (leadership.get(team) ?? 0) + 1);
  }

  const recorded = (id: string): number | null => {
    const to = support.get(id);
    return to && to.size ? Math.max(...to.values()) : null;
  };
  const levels = teams.flatMap((g) => {
    const r = recorded(g.id);
    return r === null ? [] : [r];
  });
  const findings: Message[] = [];
  const label = (id: string) => doc.actors.find((a) => a.id === id)?.label ?? id;
  const result: TeamReadiness[] = teams.map((g) => {
    const people = byTeam.get(g.id)!;
    const coordinators = people.filter((id) => role.get(id) === 'coordinator');
    const supportRecorded = recorded(g.id);
    // For a team without a record, "the other teams" are those with one.
    const assumed =
      assumption.assume === 'value'
        ? assumption.value
        : assumption.assume === 'median'
          ? (median(levels) ?? 0)
          : 0;
    const supportUsed = supportRecorded ?? assumed;
    const leadershipTies = leadership.get(g.id) ?? 0;
    const problems: TeamProblem[] = [];
    const team = g.label ?? g.id;
    if (people.length === 0) {
      problems.push('empty');
      findings.push(say('ready_team_empty', { team }));
    } else {
      if (coordinators.length === 0) {
        problems.push('no-coordinator');
        findings.push(say('ready_team_no_coordinator', { team }));
      }
      if (supportRecorded === null) {
        problems.push('no-support');
        const elsewhere = [...(supportToOthers.get(g.id) ?? [])];
        findings.push(
          elsewhere.length
            ? say('ready_team_support_not_manager', { team, people: elsewhere.map(label) })
            : say('ready_team_no_support', { team }),
        );
      }
      if (leadershipTies === 0) {
        problems.push('no-leadership');
        findings.push(say('ready_team_no_leadership', { team }));
      }
    }
    return {
      id: g.id,
      label: team,
      people,
      coordinators,
      supportFrom: [...(support.get(g.id)?.keys() ?? [])],
      supportToOthers: [...(supportToOthers.get(g.id) ?? [])],
      leadershipTies,
      supportRecorded,
      supportUsed,
      problems,
      progresses: people.length > 0 && supportUsed > 0 && leadershipTies > 0,
    };
  });

  const candidates: GroupCandidate[] = doc.groups.flatMap((g) => {
    if (g.kind === 'team' || NOT_TEAMS.has(g.kind) || teamOf(g.id) !== null) return [];
    const people = doc.actors.filter(
      (a) => a.group === g.id && a.role !== 'manager' && a.role !== 'regional-coordinator',
    ).length;
    return people > 0 ? [{ id: g.id, label: g.label ?? g.id, kind: g.kind, people }] : [];
  });

  let blocker: Message | null = null;
  if (teams.length === 0)
    blocker = candidates.length
      ? say('ready_no_teams_groups', { count: candidates.length })
      : say('ready_no_teams', {});
  else if (result.every((t) => t.people.length === 0)) blocker = say('ready_teams_empty', {});
  else if (!result.some((t) => t.progresses)) {
    const peopled = result.filter((t) => t.people.length > 0);
    if (peopled.every((t) => t.supportUsed <= 0))
      blocker = managers.length ? say('ready_no_support', {}) : say('ready_no_managers', {});
    else if (peopled.every((t) => t.leadershipTies === 0)) blocker = say('ready_no_leadership', {});
    else blocker = say('ready_nothing_progresses', {});
  }
  return { teams: result, managers, candidates, blocker, findings };
}
