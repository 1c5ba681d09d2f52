// Response codes: one respondent's answers as a short text (`LN1-7KQ2-M9XA-…`) to paste back or
// show as a QR code. The respondent's device makes it offline from the link alone; the
// facilitator's Leadnet reads it against the survey in the network.
//
// The bytes, before a CRC-32 of them all:
//   version (1) · survey key (4) · wave key (4) · roster key (4) · respondent (varint) ·
//   questions (varint) · per question: n·2 + hasLevels (varint), then the n people named as
//   ascending roster indexes (the first as it is, each next as the gap − 1), then n levels.
// Keys are 32-bit fingerprints of the survey's id, the wave's id, and the roster and questions
// the link was made from, so a code for another survey, wave or network is told apart and
// refused. Written in Crockford base32 (digits and capitals only: QR alphanumeric mode, and no
// letter that reads as another), in groups of four. The CRC catches damage, a cut and a changed
// character; it is a checksum, not a signature.
import { BASE32, crc32, fnv1a32, fromBase32, toBase32 } from '../bytes';
import type { NetworkDocument } from '../document/types';
import type { Message } from '../messages/types';
import { say } from './messages';
import { type ResponseInput, checkResponse, currentWave, surveysOf } from './model';
import type { Answer, Survey, Wave } from './schema';

export const CODE_VERSION = 1;
export const CODE_PREFIX = `LN${CODE_VERSION}`;

export interface SurveyKeys {
  readonly survey: number;
  readonly wave: number;
  readonly roster: number;
}

/** The fingerprints a wave's links and codes carry. */
export function surveyKeys(survey: Survey, wave: Wave): SurveyKeys {
  const questions = survey.questions.map((q) => [
    q.id,
    q.kind,
    q.scale?.length ?? 0,
    q.symmetric === true,
  ]);
  return {
    survey: fnv1a32(`survey\u0000${survey.id}`),
    wave: fnv1a32(`wave\u0000${survey.id}\u0000${wave.id}`),
    roster: fnv1a32(JSON.stringify([wave.roster, questions])),
  };
}

/** One question's ticks by roster index, with scale levels when the question has a scale. */
export interface CodedAnswer {
  readonly named: readonly number[];
  readonly levels?: readonly number[];
}

/** A response as a code carries it: indexes into the link's roster and questions. */
export interface CodedResponse {
  readonly keys: SurveyKeys;
  readonly respondent: number;
  readonly answers: readonly CodedAnswer[];
}

function pushVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

function pushUint32(out: number[], value: number): void {
  out.push((value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
}

/** The response code's text. */
export function encodeResponseCode(response: CodedResponse): string {
  const bytes: number[] = [CODE_VERSION];
  pushUint32(bytes, response.keys.survey);
  pushUint32(bytes, response.keys.wave);
  pushUint32(bytes, response.keys.roster);
  pushVarint(bytes, response.respondent);
  pushVarint(bytes, response.answers.length);
  for (const answer of response.answers) {
    const order = answer.named.map((_, i) => i).sort((a, b) => answer.named[a]! - answer.named[b]!);
    const hasLevels = answer.levels !== undefined;
    pushVarint(bytes, answer.named.length * 2 + (hasLevels ? 1 : 0));
    let previous = -1;
    for (const i of order) {
      pushVarint(bytes, answer.named[i]! - previous - 1);
      previous = answer.named[i]!;
    }
    if (hasLevels) for (const i of order) pushVarint(bytes, answer.levels![i] ?? 0);
  }
  pushUint32(bytes, crc32(Uint8Array.from(bytes)));
  const body = toBase32(Uint8Array.from(bytes));
  const groups = body.match(/.{1,4}/g) ?? [];
  return [CODE_PREFIX, ...groups].join('-');
}

export type DecodedCode = { ok: true; response: CodedResponse } | { ok: false; message: Message };

class Truncated extends Error {}

/**
 * Reads a code's text (spaces, dashes and line breaks anywhere, any case). A code that is not
 * one, is damaged, cut short or changed gives a message, never a throw.
 */
export function decodeResponseCode(text: string): DecodedCode {
  const spaced = text.replace(/\s+/g, '').toUpperCase();
  if (!spaced) return { ok: false, message: say('survey_code_empty', {}) };
  // The version runs to the first dash; without dashes it is one digit.
  const head = /^LN(\d+)-/.exec(spaced) ?? /^LN(\d)/.exec(spaced);
  if (!head) return { ok: false, message: say('survey_code_not_a_code', { text: shorten(text) }) };
  const version = Number(head[1]);
  if (version > CODE_VERSION) return { ok: false, message: say('survey_code_newer', { version }) };
  const bytes = fromBase32(spaced.slice(head[0].length).replace(/-+/g, ''));
  if (!bytes || bytes.length < 19 || version !== CODE_VERSION)
    return { ok: false, message: say('survey_code_damaged', {}) };
  const body = bytes.subarray(0, bytes.length - 4);
  const stored =
    ((bytes[bytes.length - 4]! << 24) |
      (bytes[bytes.length - 3]! << 16) |
      (bytes[bytes.length - 2]! << 8) |
      bytes[bytes.length - 1]!) >>>
    0;
  if (crc32(body) !== stored || body[0] !== CODE_VERSION)
    return { ok: false, message: say('survey_code_damaged', {}) };
  let at = 1;
  const uint32 = () => {
    if (at + 4 > body.length) throw new Truncated();
    const value =
      ((body[at]! << 24) | (body[at + 1]! << 16) | (body[at + 2]! << 8) | body[at + 3]!) >>> 0;
    at += 4;
    return value;
  };
  const varint = () => {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 5; i++) {
      if (at >= body.length) throw new Truncated();
      const byte = body[at++]!;
      value += (byte & 0x7f) * scale;
      if (!(byte & 0x80)) return value;
      scale *= 128;
    }
    throw new Truncated();
  };
  try {
    const keys = { survey: uint32(), wave: uint32(), roster: uint32() };
    const respondent = varint();
    const count = varint();
    const answers: CodedAnswer[] = [];
    for (let q = 0; q < count; q++) {
      const head = varint();
      const n = Math.floor(head / 2);
      if (n > body.length) throw new Truncated();
      const named: number[] = [];
      let previous = -1;
      for (let i = 0; i < n; i++) {
        previous += varint() + 1;
        named.push(previous);
      }
      if (head % 2 === 1) {
        const levels: number[] = [];
        for (let i = 0; i < n; i++) levels.push(varint());
        answers.push({ named, levels });
      } else answers.push({ named });
    }
    if (at !== body.length) throw new Truncated();
    return { ok: true, response: { keys, respondent, answers } };
  } catch {
    return { ok: false, message: say('survey_code_damaged', {}) };
  }
}

function shorten(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 24 ? `${trimmed.slice(0, 23)}…` : trimmed;
}

const CODE_START = /^LN\d+-/i;
const CODE_PART = new RegExp(`^[${BASE32}OI]+(-[${BASE32}OI]+)*-?$`, 'i');

/**
 * The codes in a pasted text: one per word that starts with `LN1-`, with the next words when
 * a code was broken across lines after a dash. Other words are left out.
 */
export function findCodes(text: string): string[] {
  const codes: string[] = [];
  let open = false;
  for (const word of text.split(/[\s,;]+/).filter(Boolean)) {
    if (CODE_START.test(word)) {
      codes.push(word);
      open = word.endsWith('-');
    } else if (open && CODE_PART.test(word)) {
      codes[codes.length - 1] += word;
      open = word.endsWith('-');
    } else open = false;
  }
  return codes;
}

/** A code read against the network: the survey and wave it answers, and the answers by id. */
export type ReadCode =
  | { ok: true; survey: Survey; wave: Wave; input: ResponseInput }
  | { ok: false; messages: Message[] };

/**
 * Reads a response code for the current wave of `surveyId`: refused, with a message that says
 * why, when it is damaged, made for another survey, another wave or another network (other
 * people or questions), or names people who are not on the roster.
 */
export function readCode(
  doc: NetworkDocument,
  surveyId: string,
  text: string,
  at?: string,
): ReadCode {
  const decoded = decodeResponseCode(text);
  if (!decoded.ok) return { ok: false, messages: [decoded.message] };
  const { response } = decoded;
  const survey = surveysOf(doc).find((s) => s.id === surveyId);
  if (!survey) return { ok: false, messages: [say('survey_no_survey', { id: surveyId })] };
  const wave = currentWave(survey);
  if (!wave) return { ok: false, messages: [say('survey_no_wave', { survey: title(survey) })] };
  const keys = surveyKeys(survey, wave);
  if (response.keys.survey !== keys.survey)
    return { ok: false, messages: [say('survey_code_other_survey', { survey: title(survey) })] };
  if (response.keys.wave !== keys.wave) {
    const other = survey.waves.find((w) => surveyKeys(survey, w).wave === response.keys.wave);
    return {
      ok: false,
      messages: [
        other
          ? say('survey_code_other_wave', {
              wave: other.label || other.id,
              current: waveName(wave),
            })
          : say('survey_code_unknown_wave', { current: waveName(wave) }),
      ],
    };
  }
  if (response.keys.roster !== keys.roster)
    return { ok: false, messages: [say('survey_code_other_network', {})] };
  const roster = wave.roster;
  const inRange = (i: number) => i < roster.length;
  if (
    !inRange(response.respondent) ||
    response.answers.length !== survey.questions.length ||
    response.answers.some((a) => !a.named.every(inRange))
  )
    return { ok: false, messages: [say('survey_code_off_roster', {})] };
  const answers: Answer[] = survey.questions.map((question, q) => {
    const coded = response.answers[q]!;
    return {
      question: question.id,
      named: coded.named.map((i) => roster[i]!),
      ...(coded.levels === undefined ? {} : { levels: [...coded.levels] }),
    };
  });
  const input: ResponseInput = {
    respondent: roster[response.respondent]!,
    answers,
    via: 'code',
    ...(at === undefined ? {} : { at }),
  };
  const problems = checkResponse(doc, survey, wave, input);
  return problems.length ? { ok: false, messages: problems } : { ok: true, survey, wave, input };
}

const title = (survey: Survey) => survey.title || survey.id;
const waveName = (wave: Wave) => wave.label || wave.id;
