// A file's own drawing and roles by rule (issue 13): the airlines GraphML opens at its own x/y
// with the airports' names as labels (the tooltip suggested as the label attribute); a 77-person
// GEXF gets its roles from rules on its `position` attribute, reported per rule; x/y columns of
// words stay attributes; Leadnet's own files keep x and y as attributes; a bad rule is refused.
import { describe, expect, it } from 'vitest';
import { inspect } from '../../src/core/formats';
import { parseRoleRule } from '../../src/core/formats/role-rules';
import { englishText, messagesOf } from '../../src/core/messages';
import { danishText } from '../helpers/danish';
import { exportedSource, fixture, imported, valid } from './formats-helpers';

describe("a file's own positions", () => {
  it('opens the airlines GraphML at its x/y keys, named by the tooltip', () => {
    const source = fixture('airlines.graphml');
    const inspection = inspect(source);
    if (!inspection.ok) throw new Error('inspect');
    expect(inspection.inspection.suggested.labelAttr).toBe('tooltip');
    // x and y are the drawing, not attributes to map.
    expect(inspection.inspection.nodeAttributes.map((a) => a.name)).toEqual(['tooltip']);
    const { doc, report } = imported(source, { mapping: inspection.inspection.suggested });
    expect(doc.actors).toHaveLength(30);
    expect(doc.actors[0]).toEqual({
      id: '0',
      label: 'Atlanta [Hartsfield-Jackson]',
      role: 'member',
      position: { x: -844.3, y: -336.4 },
    });
    expect(doc.actors.find((a) => a.id === '28')!.position).toEqual({ x: -1499.9, y: -611.7 });
    expect(doc.actors.every((a) => a.position && !a.attributes)).toBe(true);
    const note = report.notes.find((l) => l.message.code === 'fmt_note_positions_xy')!;
    expect(note.count).toBe(30);
    expect(englishText(note.message)).toBe(
      "people placed at the file's own positions (its x and y attributes)",
    );
  });

  const graphml = (x: string, y: string) => ({
    name: 'drawn.graphml',
    text: `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="Name" attr.type="string"/>
  <key id="d1" for="node" attr.name="X" attr.type="string"/>
  <key id="d2" for="node" attr.name="Y" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="a"><data key="d0">Anna</data><data key="d1">${x}</data><data key="d2">${y}</data></node>
    <node id="b"><data key="d0">Bo</data><data key="d1">3</data><data key="d2">7</data></node>
    <edge source="a" target="b"/>
  </graph>
</graphml>`,
  });

  it('reads X/Y keys written as text (igraph, spreadsheets) as positions', () => {
    const { doc } = imported(graphml('10', '-4.5'), { mapping: { labelAttr: 'Name' } });
    expect(doc.actors.map((a) => [a.label, a.position])).toEqual([
      ['Anna', { x: 10, y: -4.5 }],
      ['Bo', { x: 3, y: 7 }],
    ]);
  });

  it('keeps x and y as attributes when one of them is not a number', () => {
    const { doc, report } = imported(graphml('left', '1'), { mapping: { labelAttr: 'Name' } });
    expect(doc.actors.every((a) => a.position === undefined)).toBe(true);
    expect(doc.actors[0]!.attributes).toEqual({ X: 'left', Y: '1' });
    expect(report.notes.some((l) => l.message.code === 'fmt_note_positions_xy')).toBe(false);
  });

  it("leaves a Leadnet export's x and y attributes alone (they are attributes there)", () => {
    const doc = valid({
      format: 'leadnet-network',
      version: 1,
      actors: [
        { id: 'a', role: 'member', attributes: { x: 1, y: 2 } },
        { id: 'b', role: 'member', attributes: { x: 3, y: 4 }, position: { x: 9, y: 9 } },
      ],
      ties: [{ id: 't', source: 'a', target: 'b', kind: 'leadership' }],
    });
    for (const format of ['gexf', 'graphml', 'csv'] as const) {
      const back = imported(exportedSource(doc, format)).doc;
      expect(back.actors[0]!.attributes, format).toEqual({ x: 1, y: 2 });
      expect(back.actors[0]!.position, format).toBeUndefined();
    }
  });

  it('suggests a label attribute by the names tools use, in any case', () => {
    const suggested = (header: string) => {
      const result = inspect({
        name: 'e.csv',
        text: 'source,target\na,b\n',
        nodes: { name: 'n.csv', text: `id,${header}\na,A\nb,B\n` },
      });
      return result.ok ? result.inspection.suggested.labelAttr : 'refused';
    };
    expect(suggested('Label')).toBe('Label');
    expect(suggested('Name')).toBe('Name');
    expect(suggested('title')).toBe('title');
    expect(suggested('navn')).toBe('navn');
    expect(suggested('ward')).toBeUndefined();
  });
});

describe('roles by rule', () => {
  const rules = [
    { attribute: 'position', value: 'Ledende sygeplejerske', role: 'manager' },
    { attribute: 'position', value: 'Kvalitetskoordinator', role: 'coordinator' },
  ];

  it('gives the 77-person GEXF its managers and coordinators by their position', () => {
    const source = fixture('hospital-77.gexf');
    const plain = imported(source).doc;
    expect(plain.actors).toHaveLength(77);
    expect(new Set(plain.actors.map((a) => a.role))).toEqual(new Set(['member']));
    const { doc, report } = imported(source, { mapping: { roleRules: rules } });
    const byRole = (role: string) => doc.actors.filter((a) => a.role === role);
    expect(byRole('manager').map((a) => a.attributes!.position)).toEqual(
      Array(6).fill('Ledende sygeplejerske'),
    );
    expect(byRole('coordinator').map((a) => a.attributes!.position)).toEqual(
      Array(5).fill('Kvalitetskoordinator'),
    );
    expect(byRole('member')).toHaveLength(66);
    // The position stays as an attribute: the rule reads it, it does not take it.
    expect(doc.actors.every((a) => typeof a.attributes?.position === 'string')).toBe(true);
    const ruleLines = report.changed.filter((l) => l.message.code === 'fmt_changed_role_rule');
    // One line per rule, in the order the file first met each (its node 0 is a coordinator).
    expect(ruleLines.map((l) => [englishText(l.message), l.count])).toEqual([
      [
        'people given the role local coordinator by the rule "position" = "Kvalitetskoordinator"',
        5,
      ],
      ['people given the role manager by the rule "position" = "Ledende sygeplejerske"', 6],
    ]);
    expect(danishText(ruleLines[1]!.message)).toContain('fik rollen leder efter reglen');
    const missing = report.changed.find((l) => l.message.code === 'fmt_changed_role')!;
    expect(missing.count).toBe(66);
  });

  it('lets the first matching rule win, and a rule win over the role attribute', () => {
    const { doc } = imported(
      {
        name: 'e.csv',
        text: 'source,target\na,b\nb,c\n',
        nodes: { name: 'n.csv', text: 'id,role,unit\na,member,ICU\nb,member,ward\nc,nurse,ward\n' },
      },
      {
        mapping: {
          roleAttr: 'role',
          roleRules: [
            { attribute: 'unit', value: 'ward', role: 'coordinator' },
            { attribute: 'unit', value: 'ward', role: 'manager' },
          ],
        },
      },
    );
    expect(doc.actors.map((a) => a.role)).toEqual(['member', 'coordinator', 'coordinator']);
  });

  it('reads a rule as the command line writes it, and refuses one with a part missing', () => {
    expect(parseRoleRule('position=Ledende sygeplejerske:manager')).toEqual(rules[0]);
    expect(parseRoleRule('code=a=b:c:regional-coordinator')).toEqual({
      attribute: 'code',
      value: 'a=b:c',
      role: 'regional-coordinator',
    });
    for (const bad of ['position:manager', 'position=Nurse', '=x:manager', 'position=x:']) {
      let thrown: unknown;
      try {
        parseRoleRule(bad);
      } catch (error) {
        thrown = error;
      }
      expect(englishText(messagesOf(thrown)![0]!), bad).toContain('is not ATTRIBUTE=VALUE:ROLE');
    }
  });
});
