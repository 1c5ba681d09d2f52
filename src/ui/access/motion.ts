// Reduced motion: whether the user asked the system for less animation. Views that animate
// (panning to an actor, moving between story steps) use a duration of 0 when it is set.

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** An animation's duration in ms, or 0 when the user prefers reduced motion. */
export function motionDuration(ms: number): number {
  return prefersReducedMotion() ? 0 : ms;
}
