// `npm run bench [-- NAME…]`: every benchmark of bench/, one after the other (or the named ones:
// foundation, paths, whole-set, simulation, formats, browser — the last needs `npm run build`).
import process from 'node:process';

const BENCHES: Record<string, () => Promise<unknown>> = {
  foundation: () => import('./foundation.bench'),
  paths: () => import('./paths.bench'),
  'whole-set': () => import('./whole-set.bench'),
  simulation: () => import('./simulation.bench'),
  formats: () => import('./formats.bench'),
  browser: () => import('./browser.bench'),
};

const wanted = process.argv.slice(2);
for (const name of wanted) {
  if (!(name in BENCHES)) {
    console.error(
      `bench: no benchmark ${JSON.stringify(name)} (${Object.keys(BENCHES).join(', ')})`,
    );
    process.exit(2);
  }
}
const started = performance.now();
for (const [name, load] of Object.entries(BENCHES)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n== ${name} ==`);
  await load();
}
console.log(`\nbench: done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
