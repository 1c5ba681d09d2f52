// The context's cache of intermediate results, typed at the point of use.
// One computation shared by several measures (a partition, components…) is made once.
import type { MetricContext } from '../types';

/** The value cached under `key`, made once per context by `make`. */
export function cached<T>(ctx: MetricContext, key: string, make: () => T): T {
  if (ctx.cache.has(key)) return ctx.cache.get(key) as T;
  const value = make();
  ctx.cache.set(key, value);
  return value;
}
