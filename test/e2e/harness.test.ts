// The browser-test harness: it finds a system Chromium or fails at once naming the install
// command; it never downloads a browser and never skips.
import { describe, expect, it } from 'vitest';
import { findChromium } from './browser';

describe('findChromium', () => {
  it('fails with the install command when no browser is installed', () => {
    expect(() => findChromium(['/nonexistent/chromium'], undefined)).toThrow(
      'apt-get install -y chromium',
    );
  });

  it('names a CHROME_PATH that points nowhere', () => {
    expect(() => findChromium([], '/nonexistent/chrome')).toThrow(
      'CHROME_PATH is set to /nonexistent/chrome',
    );
  });

  it('takes the first candidate that exists', () => {
    expect(findChromium(['/nonexistent/a', process.execPath], undefined)).toBe(process.execPath);
  });
});
