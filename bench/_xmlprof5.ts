import { cpuUsage } from 'node:process';
import { SaxesParser } from 'saxes';
import { createSyntheticNetwork } from '../src/core/example/synthetic';
import { exportNetwork } from '../src/core/formats';
import { parseXml } from '../src/core/formats/xml';
const cpu = (fn: () => unknown, runs = 7) => { fn(); let best = Infinity; for (let i = 0; i < runs; i++) { const s = cpuUsage(); fn(); const d = cpuUsage(s); best = Math.min(best, (d.user + d.system) / 1000); } return best.toFixed(0); };
const doc = createSyntheticNetwork({ actors: 5000, tiesPerActor: 5 });
const text = exportNetwork(doc, 'gexf').files[0]!.text;
function v(opts: { start?: boolean; tree?: boolean; text?: boolean; err?: boolean }) {
  const p = new SaxesParser({ position: true });
  const stack: any[] = []; let root: any; let line = 1;
  if (opts.err) p.on('error', (e) => { throw e; });
  if (opts.start) p.on('opentagstart', () => { line = p.line; });
  p.on('opentag', (tag) => {
    if (!opts.tree) return;
    const el = { tagName: tag.name, localName: tag.name.slice(tag.name.indexOf(':') + 1), attributes: tag.attributes, children: [] as any[], text: '', lineNumber: line };
    const parent = stack[stack.length - 1]; if (parent) parent.children.push(el); else root = el; stack.push(el);
  });
  p.on('closetag', () => { if (opts.tree) stack.pop(); });
  if (opts.text) p.on('text', (t) => { const top = stack[stack.length - 1]; if (top) top.text += t; });
  p.write(text).close();
  return root;
}
console.log('none', cpu(() => v({})));
console.log('start', cpu(() => v({ start: true })));
console.log('tree', cpu(() => v({ tree: true })));
console.log('tree+text', cpu(() => v({ tree: true, text: true })));
console.log('all', cpu(() => v({ tree: true, text: true, start: true, err: true })));
console.log('parseXml', cpu(() => parseXml('x', text)));
