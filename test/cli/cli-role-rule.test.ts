// `leadnet convert … --role-rule ATTR=VALUE:ROLE` (issue 13): the 77-person GEXF gets its
// managers and coordinators by their position, each rule reported on stderr; the airlines
// GraphML converts with its own positions and the airports' names; a malformed rule is a usage
// error (exit 2) that writes nothing.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocumentText } from '../../src/core/document';
import { cli } from '../helpers/cli';

const FIXTURES = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leadnet-role-rule-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const readDoc = (file: string) => {
  const parsed = parseDocumentText(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.doc;
};

describe('convert --role-rule', () => {
  it('gives the GEXF its roles by position, several rules, each reported', () => {
    const out = join(dir, 'hospital.json');
    const result = cli(
      'convert',
      join(FIXTURES, 'hospital-77.gexf'),
      out,
      '--role-rule',
      'position=Ledende sygeplejerske:manager',
      '--role-rule=position=Kvalitetskoordinator:coordinator',
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'changed: 6 × people given the role manager by the rule "position" = "Ledende sygeplejerske"',
    );
    expect(result.stderr).toContain(
      'changed: 5 × people given the role local coordinator by the rule "position" = "Kvalitetskoordinator"',
    );
    const doc = readDoc(out);
    const count = (role: string) => doc.actors.filter((a) => a.role === role).length;
    expect([count('manager'), count('coordinator'), count('member')]).toEqual([6, 5, 66]);
  });

  it('converts the airlines GraphML at its own positions, labelled by the tooltip', () => {
    const out = join(dir, 'airlines.json');
    expect(cli('convert', join(FIXTURES, 'airlines.graphml'), out).code).toBe(0);
    const doc = readDoc(out);
    expect(doc.actors[0]).toMatchObject({
      label: 'Atlanta [Hartsfield-Jackson]',
      position: { x: -844.3, y: -336.4 },
    });
    expect(doc.actors.every((a) => a.position !== undefined)).toBe(true);
  });

  it('refuses a rule without its three parts as a usage error, writing nothing', () => {
    const out = join(dir, 'never.json');
    const result = cli(
      'convert',
      join(FIXTURES, 'hospital-77.gexf'),
      out,
      '--role-rule',
      'position:manager',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '--role-rule: the role rule "position:manager" is not ATTRIBUTE=VALUE:ROLE',
    );
    expect(existsSync(out)).toBe(false);
  });
});
