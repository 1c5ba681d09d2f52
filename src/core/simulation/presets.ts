// The scenario presets every user gets (DESIGN §5.4) as definitions: what each needs in a network,
// whether it acts on one team, and a builder that turns it into a Scenario for a team and a week.
// Their texts are messages keyed by the preset's id (preset_<id>_label, _finding, _assumption):
// what the study reports kept apart from what the model assumes on top of it.
import type { NetworkDocument } from '../document/types';
import { englishText } from '../messages/english';
import type { Message } from '../messages/types';
import { PRESET_LABEL_PARAMS, type PresetTextParams, presetKey } from './model-messages';
import type { Scenario } from './scenario-schema';

/** What a preset needs in the network to do anything (the UI greys it out otherwise). */
export type PresetNeed =
  'coordinator' | 'members' | 'managers' | 'support' | 'regional-coordinator' | 'coordination-ties';

export interface PresetOptions {
  /** The team (group id) a per-team preset acts on; default `defaultPresetTeam(doc)`. */
  team?: string;
  /** The week the preset acts; each preset has its own default. */
  week?: number;
}

export interface PresetDefinition {
  /** Stable id: the key of its texts (`preset_<id with _ for ->_label`) and of `findPreset`. */
  id: string;
  /** Acts on one team (chosen with `team`); otherwise on the whole collaborative. */
  perTeam: boolean;
  /** What the network must hold for the preset to do anything. */
  needs: readonly PresetNeed[];
  /** The week it acts when none is given; undefined when it acts from week 0 and takes none. */
  defaultWeek?: number;
  /** Weeks the post stays empty before a newcomer fills it (the "replaced" presets). */
  vacancyWeeks?: number;
  /**
   * The scenario, its label and description in English (the CLI's words). `team` is a group id;
   * `teamLabel` the label its texts name (default: the id).
   */
  build(options: PresetOptions & { teamLabel?: string }): Scenario;
}

/** The week the leaving presets act: a quarter into the collaborative. */
export const DEFAULT_LEAVING_WEEK = 13;
/** The week management withdraws support in the "withdrawn" preset: half-way through. */
export const DEFAULT_WITHDRAWAL_WEEK = 26;
/** A coordinator's post stays empty this long in the "replaced" preset. */
export const DEFAULT_REPLACEMENT_WEEKS = 12;

/**
 * A preset's three texts as messages: its label (naming the team and week), what the study
 * reports (its finding, in the study's own qualitative terms), and what the model assumes on top.
 */
export function presetMessages(
  preset: PresetDefinition,
  params: PresetTextParams,
): { label: Message; finding: Message; assumption: Message } {
  const stem = presetKey(preset.id);
  const labelParams = Object.fromEntries(
    PRESET_LABEL_PARAMS[preset.id]!.map((name) => [name, params[name]!]),
  );
  return {
    label: { code: `${stem}_label`, params: labelParams },
    finding: { code: `${stem}_finding`, params: {} },
    assumption: { code: `${stem}_assumption`, params: {} },
  };
}

/** The English label and description (finding, then assumption) of a built preset. */
function englishTexts(preset: PresetDefinition, params: PresetTextParams) {
  const texts = presetMessages(preset, params);
  return {
    label: englishText(texts.label),
    description: `${englishText(texts.finding)} ${englishText(texts.assumption)}`,
  };
}

function define(
  definition: Omit<PresetDefinition, 'build'> & {
    scenario: (o: { team: string; week: number }) => Pick<Scenario, 'interventions'> & {
      id?: string;
    };
  },
): PresetDefinition {
  const { scenario, ...rest } = definition;
  return {
    ...rest,
    build(options) {
      const week = options.week ?? definition.defaultWeek ?? 0;
      const team = options.team ?? '';
      const built = scenario({ team, week });
      const texts = englishTexts(rest as PresetDefinition, {
        team: options.teamLabel ?? team,
        week,
        vacancy: definition.vacancyWeeks,
      });
      return {
        id: built.id ?? definition.id,
        label: texts.label,
        description: texts.description,
        interventions: built.interventions,
      };
    },
  };
}

const leaving = (
  id: string,
  needs: readonly PresetNeed[],
  actors: (team: string) => { role: string; group: string },
  extra: Record<string, unknown> = {},
) =>
  define({
    id,
    perTeam: true,
    needs,
    defaultWeek: DEFAULT_LEAVING_WEEK,
    ...(extra.vacancyWeeks === undefined ? {} : { vacancyWeeks: extra.vacancyWeeks as number }),
    scenario: ({ team, week }) => ({
      interventions: [{ week, action: 'remove-actors', actors: actors(team), ...extra }],
    }),
  });

/** Every preset of DESIGN §5.4, in the order a menu lists them. */
export const PRESETS: readonly PresetDefinition[] = [
  define({
    id: 'support-removed',
    perTeam: false,
    needs: ['support'],
    scenario: () => ({
      interventions: [{ week: 0, action: 'remove-ties', ties: { kind: 'support' } }],
    }),
  }),
  define({
    id: 'support-withdrawn',
    perTeam: false,
    needs: ['support'],
    defaultWeek: DEFAULT_WITHDRAWAL_WEEK,
    // The week is part of the id: two withdrawals at different weeks are two scenarios.
    scenario: ({ week }) => ({
      id: `support-withdrawn-${week}`,
      interventions: [{ week, action: 'remove-ties', ties: { kind: 'support' } }],
    }),
  }),
  leaving('coordinator-leaves', ['coordinator'], (team) => ({ role: 'coordinator', group: team })),
  leaving(
    'coordinator-replaced',
    ['coordinator'],
    (team) => ({ role: 'coordinator', group: team }),
    {
      vacancyWeeks: DEFAULT_REPLACEMENT_WEEKS,
    },
  ),
  leaving(
    'coordinator-leaves-support-stays',
    ['coordinator', 'support'],
    (team) => ({ role: 'coordinator', group: team }),
    { keepSupport: true },
  ),
  leaving('member-leaves', ['members'], (team) => ({ role: 'member', group: team }), { count: 1 }),
  leaving(
    'matched-member-leaves',
    ['coordinator', 'members'],
    (team) => ({ role: 'member', group: team }),
    { count: 1, matchedTo: { role: 'coordinator' } },
  ),
  define({
    id: 'consolidate',
    perTeam: false,
    needs: [],
    scenario: () => ({
      interventions: [{ week: 0, action: 'set-parameter', name: 'chi0', multiply: 3 }],
    }),
  }),
  define({
    id: 'connect-coordinators',
    perTeam: false,
    needs: ['coordinator'],
    scenario: () => ({
      interventions: [
        {
          week: 0,
          action: 'add-ties',
          between: { role: 'coordinator' },
          kind: 'coordination',
          weight: 0.5,
        },
      ],
    }),
  }),
  define({
    id: 'regional-coordinator-leaves',
    perTeam: false,
    needs: ['regional-coordinator'],
    defaultWeek: DEFAULT_LEAVING_WEEK,
    scenario: ({ week }) => ({
      interventions: [{ week, action: 'remove-actors', actors: { role: 'regional-coordinator' } }],
    }),
  }),
  define({
    id: 'turnover-burst',
    perTeam: false,
    needs: ['members'],
    defaultWeek: 26,
    scenario: ({ week }) => ({
      interventions: [
        { week, action: 'turnover-burst', fraction: 0.3, actors: { role: 'member' } },
      ],
    }),
  }),
  define({
    id: 'complex',
    perTeam: false,
    needs: [],
    scenario: () => ({
      interventions: [{ week: 0, action: 'set-parameter', name: 'kappa', value: 1.5 }],
    }),
  }),
  define({
    id: 'centralise',
    perTeam: false,
    needs: ['coordinator', 'members'],
    scenario: () => ({
      interventions: [
        { week: 0, action: 'remove-ties', ties: { kind: 'leadership' } },
        {
          week: 0,
          action: 'add-ties',
          from: { role: 'member' },
          to: { role: 'coordinator' },
          kind: 'leadership',
          weight: 0.8,
        },
      ],
    }),
  }),
];

const MEMBER_ROLES = new Set(['coordinator', 'regional-coordinator', 'manager']);

/**
 * Each team's actors (those in its group or any group under it), in one pass over the groups and
 * the actors, cached per document (documents are immutable): the preset menu asks for it once per
 * preset, and a network may have thousands of people.
 */
const TEAM_ACTORS = new WeakMap<
  NetworkDocument,
  Map<string, NetworkDocument['actors'][number][]>
>();
function actorsByTeam(doc: NetworkDocument) {
  let byTeam = TEAM_ACTORS.get(doc);
  if (byTeam) return byTeam;
  byTeam = new Map(doc.groups.filter((g) => g.kind === 'team').map((g) => [g.id, []]));
  const parent = new Map(doc.groups.map((g) => [g.id, g.parent]));
  const teamsAbove = new Map<string, string[]>();
  const above = (groupId: string): string[] => {
    let teams = teamsAbove.get(groupId);
    if (teams) return teams;
    teams = [];
    const seen = new Set<string>(); // cycle-safe
    for (
      let at: string | undefined = groupId;
      at !== undefined && !seen.has(at);
      at = parent.get(at)
    ) {
      seen.add(at);
      if (byTeam!.has(at)) teams.push(at);
    }
    teamsAbove.set(groupId, teams);
    return teams;
  };
  for (const actor of doc.actors)
    if (actor.group !== undefined)
      for (const team of above(actor.group)) byTeam.get(team)!.push(actor);
  TEAM_ACTORS.set(doc, byTeam);
  return byTeam;
}

/** The actors of a team (its group and every group under it), or of every team. */
function teamActors(doc: NetworkDocument, team: string | undefined) {
  const byTeam = actorsByTeam(doc);
  if (team !== undefined) return byTeam.get(team) ?? [];
  return [...new Set([...byTeam.values()].flat())];
}

/**
 * What `preset` needs and the network lacks: for a per-team preset in `team` (default
 * `defaultPresetTeam(doc)`), otherwise anywhere. A per-team preset without any team lacks all.
 */
export function missingNeeds(
  doc: NetworkDocument,
  preset: PresetDefinition,
  team?: string,
): PresetNeed[] {
  const where = preset.perTeam ? (team ?? defaultPresetTeam(doc)) : undefined;
  if (preset.perTeam && (where === undefined || !doc.groups.some((g) => g.id === where)))
    return [...preset.needs];
  const actors = teamActors(doc, where);
  const ids = new Set(actors.map((a) => a.id));
  const managers = new Set(doc.actors.filter((a) => a.role === 'manager').map((a) => a.id));
  const has: Record<PresetNeed, () => boolean> = {
    coordinator: () => actors.some((a) => a.role === 'coordinator'),
    members: () => actors.some((a) => !MEMBER_ROLES.has(a.role)),
    managers: () => managers.size > 0,
    support: () =>
      doc.ties.some((t) => t.kind === 'support' && ids.has(t.source) && managers.has(t.target)),
    'regional-coordinator': () => doc.actors.some((a) => a.role === 'regional-coordinator'),
    'coordination-ties': () => doc.ties.some((t) => t.kind === 'coordination'),
  };
  return preset.needs.filter((need) => !has[need]());
}

/**
 * The team a per-team preset acts on when none is chosen: the first team (in the file's order)
 * with a coordinator and at least one member; else the first with anyone in it; else the first.
 */
export function defaultPresetTeam(doc: NetworkDocument): string | undefined {
  const teams = doc.groups.filter((g) => g.kind === 'team');
  const people = actorsByTeam(doc);
  const complete = teams.find((g) => {
    const actors = people.get(g.id)!;
    return (
      actors.some((a) => a.role === 'coordinator') && actors.some((a) => !MEMBER_ROLES.has(a.role))
    );
  });
  return (complete ?? teams.find((g) => people.get(g.id)!.length > 0) ?? teams[0])?.id;
}

/** The label of a group, or its id when it has none. */
function groupLabel(doc: NetworkDocument | undefined, id: string): string {
  return doc?.groups.find((g) => g.id === id)?.label ?? id;
}

/** A preset definition by its id. */
export function presetDefinition(presetId: string): PresetDefinition | undefined {
  return PRESETS.find((p) => p.id === presetId);
}

/** The definition a preset id names, and the week a `support-withdrawn-<week>` id carries. */
function resolvePresetId(presetId: string): { definition: PresetDefinition; week?: number } | null {
  const definition = presetDefinition(presetId);
  if (definition) return { definition };
  const withdrawn = /^support-withdrawn-(\d+)$/.exec(presetId);
  const base = presetDefinition('support-withdrawn');
  return withdrawn && base ? { definition: base, week: Number(withdrawn[1]) } : null;
}

/** The team and week a preset acts on in `doc`, the options' own or the defaults. */
function presetSetting(
  definition: PresetDefinition,
  doc: NetworkDocument | undefined,
  options: PresetOptions,
) {
  const team = definition.perTeam
    ? (options.team ?? (doc ? defaultPresetTeam(doc) : undefined))
    : undefined;
  return { team, week: options.week ?? definition.defaultWeek ?? 0 };
}

/**
 * The scenario a preset id stands for in `doc`: per-team presets act on `options.team` or the
 * default team. `support-withdrawn-<week>` (the id such a scenario gets) builds that week.
 */
export function findPreset(
  presetId: string,
  doc?: NetworkDocument,
  options: PresetOptions = {},
): Scenario | undefined {
  const found = resolvePresetId(presetId);
  if (!found) return undefined;
  const { team, week } = presetSetting(found.definition, doc, { week: found.week, ...options });
  return found.definition.build({
    week,
    team,
    teamLabel: team === undefined ? undefined : groupLabel(doc, team),
  });
}

/**
 * A preset's texts as messages, for a preset id as `findPreset` reads it: the label names the
 * team by its label in `doc` and the week; the finding and the assumption stand beside it.
 */
export function describePreset(
  presetId: string,
  doc?: NetworkDocument,
  options: PresetOptions = {},
): ReturnType<typeof presetMessages> | undefined {
  const found = resolvePresetId(presetId);
  if (!found) return undefined;
  const { team, week } = presetSetting(found.definition, doc, { week: found.week, ...options });
  return presetMessages(found.definition, {
    team: team === undefined ? '' : groupLabel(doc, team),
    week,
    vacancy: found.definition.vacancyWeeks,
  });
}

/** Every preset as a scenario in `doc` (per-team ones on the default team), in menu order. */
export function presetScenarios(doc?: NetworkDocument): Scenario[] {
  return PRESETS.map((p) => findPreset(p.id, doc)!);
}
