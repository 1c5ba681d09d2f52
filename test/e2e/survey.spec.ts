// The roster survey in a real browser: three people fill the in-room form (ties with provenance,
// undo and redo); a respondent link opened in a second browser context (a phone) answers offline
// and makes a response code that the facilitator pastes in; a QR code read off the respondent's
// screen is fed to the scanner through Chromium's fake camera (a .y4m written here from the QR's
// modules) and merges the same; bad codes are refused and change nothing. Keyboard, axe, and
// screenshots at 1280×720, 1440×900 and 390×844, in English and Danish (.tmp/screens/survey-*).
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeFindings } from './axe';
import { appUrl } from './browser';
import { type OpenOptions, SCREENS, useBrowser } from './fixture';

const CAMERA = resolve('.tmp/e2e-survey/camera.y4m');

interface Tie {
  id: string;
  source: string;
  target: string;
  kind: string;
  weight: number;
  attributes?: Record<string, unknown>;
}
interface Doc {
  actors: { id: string; label?: string }[];
  ties: Tie[];
  surveys?: {
    id: string;
    waves: { id: string; roster: string[]; responses: { respondent: string; via: string }[] }[];
  }[];
}
interface HookWindow {
  __leadnet?: { ready: boolean; doc(): Doc };
  __leadnetLibrary?: { revision(): number };
}

beforeAll(() => {
  mkdirSync(resolve('.tmp/e2e-survey'), { recursive: true });
});
// Chromium opens the fake camera's file when a page starts capturing, not at launch: the test
// writes it from the respondent's QR code just before it starts the scanner.
const app = useBrowser({
  args: [
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${CAMERA}`,
  ],
});

/** The app in a fresh profile (1440×900 unless given). */
const openApp = (options: Omit<OpenOptions, 'timeout'> = {}) =>
  app.openApp({ timeout: 30_000, ...options });
/** A phone of its own: a fresh profile, small and touch. */
const newPhone = () =>
  app.newPage({
    viewport: { width: 390, height: 844 },
    contextOptions: { isMobile: true, hasTouch: true },
  });

const docOf = (page: Page) => page.evaluate(() => (window as HookWindow).__leadnet!.doc());
const revisionOf = (page: Page) =>
  page.evaluate(() => (window as HookWindow).__leadnetLibrary!.revision());
const label = (doc: Doc, id: string) => doc.actors.find((a) => a.id === id)?.label ?? id;
/** Text as a person reads it: without the marks that isolate names from the sentence. */
const plain = (text: string | null) => (text ?? '').replace(/[\u2068\u2069]/g, '');
const surveyTies = (doc: Doc) => doc.ties.filter((t) => t.attributes?.survey !== undefined);

/** axe: no serious or critical WCAG violation (the findings say what and where). */
async function expectNoAxe(page: Page, include?: string): Promise<void> {
  const findings = await axeViolations(page, include);
  expect(findings, describeFindings(findings)).toEqual([]);
}

async function setLanguage(page: Page, locale: 'en' | 'da'): Promise<void> {
  await page.selectOption('[data-testid="language"]', locale);
}

/**
 * Creates a survey of two questions in the app: "advice" with a frequency scale, and the
 * default leadership question turned into "coordination"-free "talk" ties (no scale).
 */
async function createSurvey(page: Page, locale: 'en' | 'da' = 'en'): Promise<void> {
  const [advice, talk] =
    locale === 'en'
      ? [
          'Whom do you go to for advice on the improvement work?',
          'With whom do you talk about the work every week?',
        ]
      : [
          'Hvem går du til for at få råd om forbedringsarbejdet?',
          'Hvem taler du med om arbejdet hver uge?',
        ];
  await page.click('[data-testid="toggle-survey"]');
  await page.click('[data-testid="survey-create"]');
  await page.locator('[data-testid="survey-question"]').first().waitFor();
  await page.fill('[data-testid="question-text-input"] >> nth=0', advice);
  await page.fill('[data-testid="question-kind-input"] >> nth=0', 'advice');
  await page.check('[data-testid="question-scale"] >> nth=0');
  await page.click('[data-testid="survey-add-question"]');
  await page.fill('[data-testid="question-text-input"] >> nth=1', talk);
  await page.fill('[data-testid="question-kind-input"] >> nth=1', 'talk');
  await page.click('[data-testid="survey-save"]');
  await expect.poll(async () => (await docOf(page)).surveys?.length).toBe(1);
  await page.click('[data-testid="survey-tab-collect"]');
}

/** Ticks a person in the answer form by the checkbox's accessible name (their label). */
async function tick(page: Page, name: string, level?: string): Promise<void> {
  await page.getByRole('checkbox', { name, exact: true }).check();
  if (level)
    await page
      .getByRole('group', { name: new RegExp(`${name.replace('.', '\\.')}`) })
      .getByRole('radio', { name: level, exact: true })
      .check();
}

describe('survey in the room', () => {
  it('three respondents: ties with provenance, one undo step each, keyboard and axe clean', async () => {
    const page = await openApp();
    const before = await docOf(page);
    await createSurvey(page);
    await page.click('[data-testid="survey-room"]');
    const room = page.locator('[data-testid="room-form"]');
    await room.waitFor();
    await expectNoAxe(page, '[data-testid="room-form"]');
    await page.screenshot({ path: `${SCREENS}/survey-room-pick-1440.png` });

    // 1: Mette picks her name, ticks two people with a frequency, and one in the second question
    await page.getByRole('button', { name: 'Mette H.', exact: true }).click();
    expect(await room.locator('[data-testid="question-text"]').textContent()).toBe(
      'Whom do you go to for advice on the improvement work?',
    );
    // grouped by team, with the respondent left out
    await expect.poll(() => page.getByRole('group', { name: 'Orthopaedic ward' }).count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: 'Mette H.', exact: true }).count()).toBe(0);
    await tick(page, 'Jonas B.', 'Weekly');
    await page.fill('[data-testid="form-search"]', 'hanne');
    expect(await page.getByRole('checkbox').count()).toBe(1);
    await tick(page, 'Hanne R.', 'Monthly');
    await expectNoAxe(page, '[data-testid="room-form"]');
    await page.screenshot({ path: `${SCREENS}/survey-room-answer-1440.png` });
    await page.click('[data-testid="form-next"]');
    await tick(page, 'Sofie L.');
    await page.click('[data-testid="form-next"]');
    await page.locator('[data-testid="room-thanks"]').waitFor();
    await page.click('[data-testid="room-next"]');

    // 2: Jonas, by keyboard only: search, Tab to the checkbox, Space, Tab to a level, Enter
    await page.getByRole('button', { name: 'Jonas B.', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="form-search"]').focus();
    await page.keyboard.type('Mette');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // the first step: Monthly
    await page.keyboard.press('Enter'); // Next
    await expect
      .poll(() => room.locator('[data-testid="question-text"]').textContent())
      .toBe('With whom do you talk about the work every week?');
    // Next put the focus on the question (for screen readers); Done is the form's last control
    await page.getByRole('button', { name: 'Done', exact: true }).focus();
    await page.keyboard.press('Enter'); // Done, ticking nobody
    await page.locator('[data-testid="room-thanks"]').waitFor();
    await page.click('[data-testid="room-next"]');

    // 3: a level is required for every ticked person of a scale question
    await page.getByRole('button', { name: 'Hanne R.', exact: true }).click();
    await tick(page, 'Mette H.');
    await page.click('[data-testid="form-next"]');
    expect(await room.getByRole('alert').textContent()).toBe('Choose how often for: Mette H.');
    await page
      .getByRole('group', { name: /Mette H\./ })
      .getByRole('radio', { name: 'Daily', exact: true })
      .check();
    await page.click('[data-testid="form-next"]');
    await page.click('[data-testid="form-next"]');
    await page.locator('[data-testid="room-thanks"]').waitFor();
    expect(await page.textContent('[data-testid="room-rate"]')).toBe('3 of 45 have answered');

    const doc = await docOf(page);
    const id = (name: string) => doc.actors.find((a) => a.label === name)!.id;
    const wave = doc.surveys![0]!.waves[0]!;
    expect(wave.responses.map((r) => [label(doc, r.respondent), r.via])).toEqual([
      ['Mette H.', 'room'],
      ['Jonas B.', 'room'],
      ['Hanne R.', 'room'],
    ]);
    expect(
      surveyTies(doc).map((t) => [
        label(doc, t.source),
        label(doc, t.target),
        t.kind,
        Math.round(t.weight * 100) / 100,
        label(doc, String(t.attributes!.reportedBy)),
        t.attributes!.wave,
      ]),
    ).toEqual([
      ['Mette H.', 'Jonas B.', 'advice', 0.67, 'Mette H.', wave.id],
      ['Mette H.', 'Hanne R.', 'advice', 0.33, 'Mette H.', wave.id],
      ['Mette H.', 'Sofie L.', 'talk', 1, 'Mette H.', wave.id],
      ['Jonas B.', 'Mette H.', 'advice', 0.33, 'Jonas B.', wave.id],
      ['Hanne R.', 'Mette H.', 'advice', 1, 'Hanne R.', wave.id],
    ]);
    expect(doc.ties.length).toBe(before.ties.length + 5);

    // Undo in the room takes the last person's answers out; the toolbar's undo the one before.
    await page.click('[data-testid="room-undo"]');
    await expect.poll(async () => surveyTies(await docOf(page)).length).toBe(4);
    await page.click('[data-testid="room-close"]');
    await page.click('[data-testid="undo"]');
    const undone = await docOf(page);
    expect(surveyTies(undone).map((t) => label(undone, t.source))).toEqual([
      'Mette H.',
      'Mette H.',
      'Mette H.',
    ]);
    expect(undone.surveys![0]!.waves[0]!.responses.map((r) => r.respondent)).toEqual([
      id('Mette H.'),
    ]);
    await page.click('[data-testid="redo"]');
    await page.click('[data-testid="redo"]');
    expect(surveyTies(await docOf(page))).toHaveLength(5);
  });

  it('the room form, the dialog and the warning in Danish and at 1280×720', async () => {
    for (const [width, height] of [
      [1280, 720],
      [1440, 900],
    ] as const) {
      for (const locale of ['en', 'da'] as const) {
        const page = await openApp({ viewport: { width, height } });
        await setLanguage(page, locale);
        await createSurvey(page, locale);
        await page.screenshot({ path: `${SCREENS}/survey-dialog-${locale}-${width}.png` });
        await page.click('[data-testid="survey-links"]');
        await page.locator('[data-testid="survey-link-list"]').waitFor();
        await expectNoAxe(page, '[data-testid="survey-dialog"]');
        await page.screenshot({ path: `${SCREENS}/survey-links-${locale}-${width}.png` });
        await page.click('[data-testid="survey-tab-questions"]');
        await page.screenshot({ path: `${SCREENS}/survey-questions-${locale}-${width}.png` });
        await page.click('[data-testid="survey-tab-collect"]');
        await page.click('[data-testid="survey-room"]');
        await page.locator('[data-testid="room-pick"]').first().click();
        await page.locator('[data-testid="answer-form"] input[type="checkbox"]').first().check();
        await page.screenshot({ path: `${SCREENS}/survey-room-${locale}-${width}.png` });
        await page.click('[data-testid="form-next"]');
        if (await page.getByRole('alert').count()) {
          await page.locator('[data-testid="answer-form"] input[type="radio"]').first().check();
          await page.click('[data-testid="form-next"]');
        }
        await page.click('[data-testid="form-next"]');
        await page.locator('[data-testid="room-thanks"]').waitFor();
        await page.click('[data-testid="room-close"]');
        // one of 45 answered: the measures warn
        await page.click('[data-testid="toggle-measures"]');
        const warning = page.locator(
          '[data-testid="metrics-panel"] [data-testid="survey-warning"]',
        );
        await warning.waitFor();
        expect(plain(await warning.textContent())).toContain(
          locale === 'en' ? 'Only 1 of 45' : 'Kun 1 af 45',
        );
        await page.screenshot({
          path: `${SCREENS}/survey-measures-warning-${locale}-${width}.png`,
        });
        await page.click('[data-testid="toggle-whatif"]');
        // before a run, the readiness check says it
        await page
          .locator(
            '[data-testid="scenario-panel"] [data-testid="readiness"] [data-testid="survey-warning"]',
          )
          .first()
          .waitFor();
        await page.screenshot({ path: `${SCREENS}/survey-readiness-${locale}-${width}.png` });
        if (locale === 'da') {
          const text = await page
            .locator('[data-testid="survey-dialog"]')
            .evaluate((e) => e.textContent);
          expect(text).not.toMatch(/\b(Questions|Answers|Make the links|Response codes)\b/);
        }
      }
    }
  });
});

/** The respondent's form on a phone: answers, and returns the response code it shows. */
async function answerOnPhone(
  phone: Page,
  url: string,
  locale: 'en' | 'da' = 'en',
): Promise<string> {
  await phone.goto(url);
  await phone.locator('[data-testid="respondent"]').waitFor();
  if (locale === 'da') await setLanguage(phone, 'da');
  await phone.click('[data-testid="respondent-start"]');
  await tick(phone, 'Mette H.', locale === 'en' ? 'Daily' : 'Dagligt');
  await tick(phone, 'Lars W.', locale === 'en' ? 'Weekly' : 'Ugentligt');
  await phone.click('[data-testid="form-next"]');
  await tick(phone, 'Birgitte A.');
  await phone.click('[data-testid="form-next"]');
  await phone.locator('[data-testid="response-code"]').waitFor();
  return phone.inputValue('[data-testid="response-code"]');
}

async function linkFor(page: Page, name: string, prefix = 'Link for'): Promise<string> {
  await page.click('[data-testid="survey-links"]');
  return page
    .getByRole('textbox', { name: `${prefix} \u2068${name}\u2069`, exact: true })
    .or(page.getByRole('textbox', { name: `${prefix} ${name}`, exact: true }))
    .inputValue();
}

describe('survey on their own devices', () => {
  it('a link answered offline on a phone gives a code that the facilitator pastes in', async () => {
    const page = await openApp();
    await createSurvey(page);
    const url = await linkFor(page, 'Jonas B.');
    expect(url.startsWith(`${appUrl()}#survey=`)).toBe(true);
    expect(await page.textContent('[data-testid="survey-links-warning"]')).toContain(
      'Each link contains the names of everyone on the roster',
    );

    // The phone: a context of its own. A first visit installs the app; then the network goes.
    const phone = await newPhone();
    await phone.goto(url);
    await phone.locator('[data-testid="respondent"]').waitFor();
    expect(await phone.textContent('[data-testid="respondent-me"]')).toBe('Answering as: Jonas B.');
    await expectNoAxe(phone);
    await phone.screenshot({ path: `${SCREENS}/survey-phone-intro-en.png`, fullPage: true });
    await phone.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (registration.active?.state !== 'activated')
        await new Promise<void>((r) =>
          registration.active!.addEventListener('statechange', () => r()),
        );
    });
    await phone.context().setOffline(true);
    await phone.reload();
    expect(await phone.evaluate(() => navigator.onLine)).toBe(false);
    const code = await answerOnPhone(phone, url);
    expect(code).toMatch(/^LN1(-[0-9A-Z]{1,4})+$/);
    expect(await phone.locator('[data-testid="response-qr"]').isVisible()).toBe(true);
    await expectNoAxe(phone);
    await phone.screenshot({ path: `${SCREENS}/survey-phone-code-en.png`, fullPage: true });

    // A damaged code and a code for another network are refused; nothing changes.
    const revision = await revisionOf(page);
    const damaged = code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A');
    await page.fill('[data-testid="survey-codes"]', damaged);
    await page.click('[data-testid="survey-merge"]');
    const report = page.locator('[data-testid="survey-merge-report"] li').first();
    await expect
      .poll(async () => plain(await report.textContent()))
      .toContain('damaged, cut short or changed');
    expect(await revisionOf(page)).toBe(revision);

    // The good code, pasted with other text around it, merges.
    await page.fill('[data-testid="survey-codes"]', `Hi! Here is my code:\n${code}\nJonas`);
    await page.click('[data-testid="survey-merge"]');
    await expect
      .poll(async () => plain(await report.textContent()))
      .toContain('Jonas B.: answers taken in, 3 ties added');
    const doc = await docOf(page);
    expect(
      surveyTies(doc).map((t) => [label(doc, t.source), label(doc, t.target), t.kind, t.weight]),
    ).toEqual([
      ['Jonas B.', 'Mette H.', 'advice', 1],
      ['Jonas B.', 'Lars W.', 'advice', 2 / 3],
      ['Jonas B.', 'Birgitte A.', 'talk', 1],
    ]);
    expect(doc.surveys![0]!.waves[0]!.responses[0]!.via).toBe('code');
    expect(await page.textContent('[data-testid="survey-rate"]')).toContain('1 of 45');
    await page.screenshot({ path: `${SCREENS}/survey-merged-1440.png` });

    // The same person again: the earlier answers are replaced, with a report.
    await page.fill('[data-testid="survey-codes"]', code);
    await page.click('[data-testid="survey-merge"]');
    await expect
      .poll(async () => plain(await report.textContent()))
      .toContain(
        'Jonas B. had answered before: the earlier answers are replaced (3 ties out, 3 in)',
      );
    expect(surveyTies(await docOf(page))).toHaveLength(3);
  });

  it('the phone form in Danish at 390×844', async () => {
    const page = await openApp();
    await setLanguage(page, 'da');
    await createSurvey(page, 'da');
    const url = await linkFor(page, 'Søren K.', 'Link til');
    const phone = await newPhone();
    await phone.goto(url);
    await phone.locator('[data-testid="respondent"]').waitFor();
    await setLanguage(phone, 'da');
    await phone.screenshot({ path: `${SCREENS}/survey-phone-intro-da.png`, fullPage: true });
    await phone.click('[data-testid="respondent-start"]');
    await tick(phone, 'Mette H.', 'Dagligt');
    await phone.screenshot({ path: `${SCREENS}/survey-phone-form-da.png` });
    // readable on a phone: nothing wider than the screen, checkboxes and rows big enough to tap
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    const row = await phone
      .getByRole('checkbox', { name: 'Jonas B.', exact: true })
      .evaluate((box) => box.closest('label')!.getBoundingClientRect().height);
    expect(row).toBeGreaterThanOrEqual(44);
    await expectNoAxe(phone);
    await phone.click('[data-testid="form-next"]');
    await phone.click('[data-testid="form-next"]');
    await phone.locator('[data-testid="response-code"]').waitFor();
    await phone.screenshot({ path: `${SCREENS}/survey-phone-code-da.png`, fullPage: true });
    const text = await phone.locator('main').textContent();
    expect(text).toContain('Din svarkode');
    expect(text).not.toMatch(/\b(Your response code|Copy the code|Change my answers)\b/);
  });

  it('a QR code read off the phone by the camera merges the same', async () => {
    const page = await openApp({ contextOptions: { permissions: ['camera'] } });
    await createSurvey(page);
    const url = await linkFor(page, 'Emma S.');
    const phone = await newPhone();
    const code = await answerOnPhone(phone, url);

    // The QR code as the phone draws it: its modules, from the SVG path, as a camera frame.
    const qr = await phone.locator('[data-testid="response-qr"]').evaluate((svg) => ({
      size: Number(svg.getAttribute('data-modules')),
      d: svg.querySelector('path')!.getAttribute('d')!,
    }));
    writeFileSync(CAMERA, y4mOfQr(qr.size, qr.d));

    await page.click('[data-testid="survey-scan"]');
    await page.locator('[data-testid="qr-scanner"][data-state="scanning"]').waitFor();
    const report = page.locator('[data-testid="survey-merge-report"] li').first();
    await expect
      .poll(async () => plain(await report.textContent()), { timeout: 30_000 })
      .toContain('Emma S.: answers taken in, 3 ties added');
    await page.screenshot({ path: `${SCREENS}/survey-scanned-1440.png` });
    await page.click('[data-testid="survey-scan"]'); // stop the camera
    const doc = await docOf(page);
    expect(
      surveyTies(doc).map((t) => [label(doc, t.source), label(doc, t.target), t.kind]),
    ).toEqual([
      ['Emma S.', 'Mette H.', 'advice'],
      ['Emma S.', 'Lars W.', 'advice'],
      ['Emma S.', 'Birgitte A.', 'talk'],
    ]);
    expect(doc.surveys![0]!.waves[0]!.responses[0]!.via).toBe('code');
    // the code read by the camera is the one the phone shows as text
    expect(await report.textContent()).toContain(code.slice(0, 18));
  });
});

/**
 * A YUV4MPEG2 video of the QR code (each module 8 × 8 pixels, black on white, centred in a
 * 480 × 480 frame), a few identical frames: what Chromium's fake camera plays in a loop.
 */
function y4mOfQr(size: number, d: string): Buffer {
  const side = 480;
  const cell = 8;
  const offset = Math.floor((side - size * cell) / 2);
  const luma = Buffer.alloc(side * side, 235);
  for (const [, x, y] of d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    const x0 = offset + Number(x) * cell;
    const y0 = offset + Number(y) * cell;
    for (let dy = 0; dy < cell; dy++)
      luma.fill(16, (y0 + dy) * side + x0, (y0 + dy) * side + x0 + cell);
  }
  const chroma = Buffer.alloc((side / 2) * (side / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  return Buffer.concat([
    Buffer.from(`YUV4MPEG2 W${side} H${side} F10:1 Ip A1:1 C420jpeg\n`),
    frame,
    frame,
    frame,
  ]);
}
