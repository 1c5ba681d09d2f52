// Respondent links: everything one respondent needs to answer on their own device, in the link's
// fragment (`…/#survey=<zlib + base64url of JSON>`), which browsers never send to a server. The
// link carries the roster's names (and teams) and the questions, so the dialog that makes the
// links says so. No ids travel: the code a respondent makes names people by their place on the
// roster, and the keys tie it to this survey, wave and roster (code.ts).
import { inflateSync, strFromU8, strToU8, zlibSync } from 'fflate';
import { z } from 'zod';
import { adler32, fromBase64Url, toBase64Url } from '../bytes';
import '../document/schema'; // sets z.config({ jitless: true }) before any parse here
import type { NetworkDocument } from '../document/types';
import type { Message } from '../messages/types';
import { type CodedAnswer, type SurveyKeys, encodeResponseCode, surveyKeys } from './code';
import { LINK_PREFIX, isSurveyLink } from './link-prefix';
import { say } from './messages';
import type { Survey, Wave } from './schema';

export { LINK_PREFIX, isSurveyLink };

/** The longest link fragment written or read (as share links: 32 KB). */
export const LINK_LIMIT = 32 * 1024;

/** Unpacked text over this size is refused: a small link must not inflate into a huge one. */
const MAX_UNPACKED = 4 * 1024 * 1024;

const packetSchema = z.object({
  v: z.literal(1),
  keys: z.tuple([z.number().int(), z.number().int(), z.number().int()]),
  title: z.string(),
  wave: z.object({ label: z.string(), date: z.string().optional() }),
  questions: z.array(
    z.object({
      text: z.string(),
      scale: z.array(z.string()).optional(),
      symmetric: z.boolean().optional(),
    }),
  ),
  /** The roster's names in roster order; null for someone no longer in the network. */
  people: z.array(z.string().nullable()),
  teams: z.array(z.string()),
  /** Each person's team (an index into `teams`), or -1. */
  team: z.array(z.number().int().min(-1)),
  /** The respondent: an index into `people`. */
  you: z.number().int().min(0),
});

/** What a respondent link carries. */
export type SurveyPacket = z.output<typeof packetSchema>;

/** The packet for one respondent of a wave (an index into the wave's roster). */
export function surveyPacket(
  doc: NetworkDocument,
  survey: Survey,
  wave: Wave,
  you: number,
): SurveyPacket {
  const keys = surveyKeys(survey, wave);
  const actors = new Map(doc.actors.map((a) => [a.id, a]));
  const groups = new Map(doc.groups.map((g) => [g.id, g]));
  const teams: string[] = [];
  const team: number[] = [];
  const people = wave.roster.map((id) => {
    const actor = actors.get(id);
    const group = actor?.group === undefined ? undefined : groups.get(actor.group);
    const name = group ? group.label || group.id : null;
    let t = name === null ? -1 : teams.indexOf(name);
    if (name !== null && t < 0) t = teams.push(name) - 1;
    team.push(t);
    return actor ? actor.label || actor.id : null;
  });
  return {
    v: 1,
    keys: [keys.survey, keys.wave, keys.roster],
    title: survey.title,
    wave: { label: wave.label, ...(wave.date ? { date: wave.date } : {}) },
    questions: survey.questions.map((q) => ({
      text: q.text,
      ...(q.scale ? { scale: q.scale.map((s) => s.label) } : {}),
      ...(q.symmetric ? { symmetric: true } : {}),
    })),
    people,
    teams,
    team,
    you,
  };
}

/** The fragment (`#survey=…`) that carries a packet. */
export function encodeSurveyLink(packet: SurveyPacket): string {
  return LINK_PREFIX + toBase64Url(zlibSync(strToU8(JSON.stringify(packet)), { level: 9 }));
}

/** One link per respondent still in the network, in roster order. */
export function respondentLinks(
  doc: NetworkDocument,
  survey: Survey,
  wave: Wave,
  base: string,
): { id: string; name: string; url: string }[] {
  const present = new Map(doc.actors.map((a) => [a.id, a]));
  const links: { id: string; name: string; url: string }[] = [];
  wave.roster.forEach((id, you) => {
    const actor = present.get(id);
    if (!actor) return;
    const url = base.replace(/#.*$/, '') + encodeSurveyLink(surveyPacket(doc, survey, wave, you));
    links.push({ id, name: actor.label || id, url });
  });
  return links;
}

export type DecodedLink = { ok: true; packet: SurveyPacket } | { ok: false; message: Message };

/** Reads a link's fragment; a damaged, cut or altered link gives a message, never a throw. */
export function decodeSurveyLink(hash: string): DecodedLink {
  const fail = (message: Message): DecodedLink => ({ ok: false, message });
  if (!isSurveyLink(hash)) return fail(say('survey_link_missing', {}));
  if (hash.length > LINK_LIMIT)
    return fail(say('survey_link_too_long', { length: hash.length, limit: LINK_LIMIT }));
  const bytes = fromBase64Url(hash.slice(LINK_PREFIX.length));
  if (!bytes || bytes.length < 6 || (bytes[0]! & 0x0f) !== 8 || ((bytes[0]! << 8) | bytes[1]!) % 31)
    return fail(say('survey_link_damaged', {}));
  let unpacked: Uint8Array;
  try {
    unpacked = inflateSync(bytes.subarray(2, -4));
  } catch {
    return fail(say('survey_link_damaged', {}));
  }
  const at = bytes.length - 4;
  const stored =
    ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
  if (unpacked.length > MAX_UNPACKED || adler32(unpacked) !== stored)
    return fail(say('survey_link_damaged', {}));
  let value: unknown;
  try {
    value = JSON.parse(strFromU8(unpacked));
  } catch {
    return fail(say('survey_link_unreadable', {}));
  }
  const parsed = packetSchema.safeParse(value);
  if (
    !parsed.success ||
    parsed.data.you >= parsed.data.people.length ||
    parsed.data.people[parsed.data.you] === null ||
    parsed.data.team.length !== parsed.data.people.length ||
    parsed.data.team.some((t) => t >= parsed.data.teams.length)
  )
    return fail(say('survey_link_unreadable', {}));
  return { ok: true, packet: parsed.data };
}

/** The respondent's answers as a response code, made from the link alone (offline). */
export function codeFromPacket(packet: SurveyPacket, answers: readonly CodedAnswer[]): string {
  const [survey, wave, roster] = packet.keys;
  const keys: SurveyKeys = { survey, wave, roster };
  return encodeResponseCode({ keys, respondent: packet.you, answers });
}
