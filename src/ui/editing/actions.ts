// The commands behind the editing buttons, built from the document and the selection. What the
// undo button says is a message (core's describeCommand, or a label given here for a batch:
// "add group Ward B with 2 people", "delete 3 items"), so it follows a language switch.
import type { Command } from '../../core/commands';
import { freshId } from '../../core/commands/fresh-id';
import { COMMAND_MESSAGES } from '../../core/commands/messages';
import type { Message } from '../../core/messages';
import type { NetworkDocument, Position } from '../../core/document/types';
import type { SelectionItem } from '../../state/selection.svelte';
import { KIND_LOOKS, kindName } from '../graph/palette';
import { isolate, messagesText } from '../engine-text';
import { m } from '../i18n-plain';

const say = COMMAND_MESSAGES.say;

export const actorName = (doc: NetworkDocument, id: string): string =>
  doc.actors.find((a) => a.id === id)?.label ?? id;
export const groupName = (doc: NetworkDocument, id: string): string =>
  doc.groups.find((g) => g.id === id)?.label ?? id;

/** A tie kind as a word inside a sentence: a known kind's name in lower case, any other as is. */
export const kindWord = (kind: string): string =>
  KIND_LOOKS.some((k) => k.kind === kind) ? kindName(kind).toLowerCase() : kind;

/** The group a new person or group goes into: the selected group, or the selected person's. */
export function targetGroup(doc: NetworkDocument, items: readonly SelectionItem[]) {
  const only = items.length === 1 ? items[0]! : undefined;
  if (only?.kind === 'group') return only.id;
  if (only?.kind === 'actor') return doc.actors.find((a) => a.id === only.id)?.group;
  return undefined;
}

/** Space between a new person and the people already drawn, in model units. */
export const SPACING = 70;

/**
 * A place near `near` where no one is drawn yet: the point itself, or the first free point on
 * rings around it, so a new person never hides behind another.
 */
export function freeSpot(doc: NetworkDocument, near: Position): Position {
  const taken = doc.actors.flatMap((a) => (a.position ? [a.position] : []));
  const free = (p: Position) =>
    taken.every((t) => Math.hypot(t.x - p.x, t.y - p.y) >= SPACING * 0.8);
  if (free(near)) return { x: near.x, y: near.y };
  for (let ring = 1; ring <= 12; ring += 1) {
    const steps = 6 * ring;
    for (let i = 0; i < steps; i += 1) {
      const angle = (2 * Math.PI * i) / steps;
      const p = {
        x: near.x + ring * SPACING * Math.cos(angle),
        y: near.y + ring * SPACING * Math.sin(angle),
      };
      if (free(p)) return p;
    }
  }
  return { x: near.x + SPACING, y: near.y + SPACING };
}

export function addPersonCommand(
  doc: NetworkDocument,
  group: string | undefined,
  position: Position,
): { id: string; command: Command } {
  const id = freshId(doc.actors, 'person');
  const label = m.work_edit_new_person({ n: id.slice('person-'.length) });
  return {
    id,
    command: {
      type: 'actors/add',
      actor:
        group === undefined
          ? { id, label, role: 'member', position }
          : { id, label, role: 'member', group, position },
    },
  };
}

/** A new team: inside the selected group, or around the selected people (one undo step). */
export function addGroupCommand(
  doc: NetworkDocument,
  items: readonly SelectionItem[],
): { id: string; command: Command } {
  const id = freshId(doc.groups, 'group');
  const label = m.work_edit_new_team({ n: id.slice('group-'.length) });
  const people = items.filter((i) => i.kind === 'actor').map((i) => i.id);
  const parentOf = () => {
    if (items.length === 1 && items[0]!.kind === 'group') return items[0]!.id;
    // Around people who share a group: the new team sits inside that group.
    const groups = new Set(people.map((p) => doc.actors.find((a) => a.id === p)?.group));
    return groups.size === 1 ? [...groups][0] : undefined;
  };
  const parent = parentOf();
  const add: Command = {
    type: 'groups/add',
    group: parent === undefined ? { id, label, kind: 'team' } : { id, label, kind: 'team', parent },
  };
  if (!people.length) return { id, command: add };
  return {
    id,
    command: {
      type: 'batch',
      label:
        people.length === 1
          ? say('undo_add_group_with_one', { name: label })
          : say('undo_add_group_with_many', { name: label, count: people.length }),
      commands: [
        add,
        ...people.map((p): Command => ({ type: 'actors/update', id: p, patch: { group: id } })),
      ],
    },
  };
}

export function addTieCommand(
  doc: NetworkDocument,
  source: string,
  target: string,
  kind: string,
): Command {
  return {
    type: 'ties/add',
    tie: { source, target, kind },
    label: say('undo_add_tie', {
      kind,
      source: actorName(doc, source),
      target: actorName(doc, target),
    }),
  };
}

/** What one selected item is called in a label: "person Anna", "tie Anna → Bo", "group Ward A". */
export function itemName(doc: NetworkDocument, item: SelectionItem): string {
  if (item.kind === 'actor')
    return m.work_edit_item_person({ name: isolate(actorName(doc, item.id)) });
  if (item.kind === 'group')
    return m.work_edit_item_group({ name: isolate(groupName(doc, item.id)) });
  const tie = doc.ties.find((t) => t.id === item.id);
  return m.work_edit_item_tie({
    name: tie
      ? `${isolate(actorName(doc, tie.source))} → ${isolate(actorName(doc, tie.target))}`
      : isolate(item.id),
  });
}

/** What a selection is called in a label: one item's name, or "3 items". */
function selectionName(doc: NetworkDocument, items: readonly SelectionItem[]): string {
  return items.length === 1 ? itemName(doc, items[0]!) : m.work_edit_items({ count: items.length });
}

/** The undo label of deleting a selection: the one item by its name, or how many. */
function deleteLabel(doc: NetworkDocument, items: readonly SelectionItem[]): Message {
  const only = items.length === 1 ? items[0]! : undefined;
  if (only?.kind === 'actor') return say('undo_delete_person', { name: actorName(doc, only.id) });
  if (only?.kind === 'group') return say('undo_delete_group', { name: groupName(doc, only.id) });
  const tie = only && doc.ties.find((t) => t.id === only.id);
  if (tie)
    return say('undo_delete_tie', {
      source: actorName(doc, tie.source),
      target: actorName(doc, tie.target),
    });
  return say('undo_delete_items', { count: items.length });
}

/**
 * Deletes everything selected as one undo step: chosen ties first, then people (with the rest
 * of their ties), then groups (their members stay, ungrouped). Null when nothing is selected.
 */
export function deleteSelectionCommand(
  doc: NetworkDocument,
  items: readonly SelectionItem[],
): Command | null {
  const of = (kind: SelectionItem['kind']) => items.filter((i) => i.kind === kind).map((i) => i.id);
  const actors = of('actor');
  const gone = new Set(actors);
  // A chosen tie of a chosen person goes with the person.
  const ties = of('tie').filter((id) => {
    const tie = doc.ties.find((t) => t.id === id);
    return tie && !gone.has(tie.source) && !gone.has(tie.target);
  });
  const groups = of('group');
  const commands: Command[] = [];
  if (ties.length) commands.push({ type: 'ties/delete', ids: ties });
  if (actors.length) commands.push({ type: 'actors/delete', ids: actors });
  if (groups.length) commands.push({ type: 'groups/delete', ids: groups });
  if (!commands.length) return null;
  return {
    type: 'batch',
    commands,
    label: deleteLabel(doc, items),
  };
}

/** The document store as the editing forms use it (a DocumentStore). */
export interface CommandRunner {
  readonly doc: NetworkDocument;
  execute(command: Command): { ok: true } | { ok: false; messages: readonly Message[] };
}

/** Runs a command; returns why it was refused (in the UI's language), or null when it applied. */
export function run(store: CommandRunner, command: Command): string | null {
  const result = store.execute(command);
  return result.ok ? null : messagesText(result.messages);
}

/**
 * Deletes the selection as one undo step and clears it; returns what to tell the user, or null
 * when nothing was selected.
 */
export function deleteSelection(
  store: CommandRunner,
  selection: { items: readonly SelectionItem[]; select(item: null): void },
): string | null {
  const what = selectionName(store.doc, selection.items);
  const command = deleteSelectionCommand(store.doc, selection.items);
  if (!command) return null;
  const refusal = run(store, command);
  if (refusal) return m.work_edit_nothing_deleted({ reason: refusal });
  selection.select(null);
  return m.work_edit_deleted({ what });
}
