// A fresh id for a new item, without the commands' schemas: the editors build commands with it.
/** An id not used by any of `items`: `prefix-N`, N counting up from the number of items + 1. */
export function freshId(items: readonly { readonly id: string }[], prefix: string): string {
  const used = new Set(items.map((item) => item.id));
  let n = items.length + 1;
  while (used.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}
