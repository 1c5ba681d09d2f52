import { cpuUsage } from 'node:process';
import { SaxesParser } from 'saxes';
import { createSyntheticNetwork } from '../src/core/example/synthetic';
import { exportNetwork } from '../src/core/formats';
import { parseXml } from '../src/core/formats/xml';
const cpu = (fn: () => unknown, runs = 7) => { fn(); let best = Infinity; for (let i = 0; i < runs; i++) { const s = cpuUsage(); fn(); const d = cpuUsage(s); best = Math.min(best, (d.user + d.system) / 1000); } return best.toFixed(0); };
const doc = createSyntheticNetwork({ actors: 5000, tiesPerActor: 5 });
const text = exportNetwork(doc, 'gexf').files[0]!.text;
const NONE: any[] = [];
function v() {
  const p = new SaxesParser({ position: true });
  const stack: any[] = []; let root: any; let line = 1;
  p.on('error', (e) => { throw e; });
  p.on('opentagstart', () => { line = p.line; });
  p.on('opentag', (tag) => {
    const el = { tagName: tag.name, localName: tag.name.slice(tag.name.indexOf(':') + 1), attributes: tag.attributes, children: NONE, text: '', lineNumber: line };
    const parent = stack[stack.length - 1]; if (parent) { if (parent.children === NONE) parent.children = [el]; else parent.children.push(el); } else root = el; stack.push(el);
  });
  p.on('closetag', () => { stack.pop(); });
  p.on('text', (t) => { const top = stack[stack.length - 1]; if (top && (top.text !== '' || /\S/.test(t))) top.text += t; });
  p.write(text).close();
  return root;
}
console.log('parseXml', cpu(() => parseXml('x', text)));
console.log('lazy', cpu(() => v()));
console.log('parseXml', cpu(() => parseXml('x', text)));
console.log('lazy', cpu(() => v()));
