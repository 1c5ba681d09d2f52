// Panning and zooming the drawing as a person would, for `npm run bench -- browser` and
// scripts/profile-open.ts (PROFILE_PAN=1): two seconds of a wheel step then a drag of 60 px left
// or right — a drag, never a click, which on an overview's disc would open it — and half a
// second more for the frame that draws a big drawing's ties again once the view stops
// (src/ui/graph/render-cost.ts, hideTiesWhileMoving).
import type { Page } from 'playwright-core';

export interface PanZoomFrames {
  /** How long the gestures took, ms. */
  wall: number;
  /** Frames drawn per second while moving. */
  perSecond: number;
  /** The longest time between two frames, the one after the view stops included, ms. */
  longest: number;
}

export async function panAndZoom(page: Page): Promise<PanZoomFrames> {
  const box = (await page.locator('[data-testid="graph"]').boundingBox())!;
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(cx, cy);
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  await page.evaluate(`(() => {
    window.frames_ = [];
    window.counting_ = true;
    const tick = (t) => {
      window.frames_.push(t);
      if (window.counting_) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const start = Date.now();
  for (let i = 0; Date.now() - start < 2000; i += 1) {
    await page.mouse.wheel(0, i % 20 < 10 ? -120 : 120);
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + (i % 2 ? -60 : 60), cy, { steps: 3 });
    await page.mouse.up();
  }
  const wall = Date.now() - start;
  const moving = await page.evaluate<number>('window.frames_.length');
  await page.waitForTimeout(500);
  const frames = await page.evaluate<number[]>(
    '(() => { window.counting_ = false; return window.frames_; })()',
  );
  const seconds = (frames[moving - 1]! - frames[0]!) / 1000;
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
  return { wall, perSecond: moving / seconds, longest: Math.max(...gaps) };
}

/** The frames as the bench and the profile print them. */
export const framesText = (f: PanZoomFrames) =>
  `${f.perSecond.toFixed(0)} frames/s while moving, longest frame ${f.longest.toFixed(0)} ms (the stop included)`;
