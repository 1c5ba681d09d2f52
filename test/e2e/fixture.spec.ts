// The fixture every browser spec stands on (test/e2e/fixture.ts): what it asserts after each test
// can fail, and each page it opens has a profile of its own unless a test asks for a second tab.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './fixture';

const app = useBrowser();

describe('the browser fixture', () => {
  it('fails a test whose page wrote a console error', async () => {
    const page = await app.openApp({ viewport: { width: 1280, height: 720 } });
    await page.evaluate(() => console.error('planted by the fixture test'));
    await expect.poll(() => app.watchOf(page).errors).toContain('planted by the fixture test');
    expect(() => app.expectClean()).toThrow(/console errors/);
    // Made on purpose: what is left must be nothing, as after every test.
    app.watchOf(page).errors.length = 0;
    app.expectClean();
  });

  it('opens each page in an empty profile, and a second tab in the profile it names', async () => {
    const first = await app.openApp({ viewport: { width: 1280, height: 720 } });
    await first.evaluate(() => localStorage.setItem('fixture-probe', 'kept'));
    const fresh = await app.openApp({ viewport: { width: 1280, height: 720 } });
    expect(await fresh.evaluate(() => localStorage.getItem('fixture-probe'))).toBeNull();
    const tab = await app.openApp({ context: first.context() });
    expect(await tab.evaluate(() => localStorage.getItem('fixture-probe'))).toBe('kept');
  });

  it('opens the app in Danish when asked, and in the browser’s language', async () => {
    const chosen = await app.openApp({ lang: 'da' });
    expect(await chosen.getAttribute('html', 'lang')).toBe('da');
    const browser = await app.openApp({ locale: 'da-DK' });
    expect(await browser.getAttribute('html', 'lang')).toBe('da');
    const english = await app.openApp();
    expect(await english.getAttribute('html', 'lang')).toBe('en');
  });
});
