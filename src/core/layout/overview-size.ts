// Which networks open as an overview (issue 14, point 3): a module of its own, so the page's
// first load carries the test and not the overview's code (src/core/layout/overview.ts).

/**
 * Above this many actors a network opens in the overview. At 1280×720 a fitted drawing gives
 * each of 300 people about 55×55 px: less than one label (up to 90×18 px) beside its 34 px
 * shape, so every label would cover others. It is also above FCOSE_MAX_ACTORS (250): every
 * network shown as an overview is laid out in the worker.
 */
export const OVERVIEW_MIN_ACTORS = 300;

/**
 * Above this many the overview is not drawn: folding writes a field on every person on the main
 * thread, and it was not measured past issue 14's 5,000 (a 50,000-person chain timed out in the
 * browser test hardening.spec.ts with it).
 */
export const OVERVIEW_MAX_ACTORS = 10_000;

export const overviewApplies = (actors: number): boolean =>
  actors > OVERVIEW_MIN_ACTORS && actors <= OVERVIEW_MAX_ACTORS;
