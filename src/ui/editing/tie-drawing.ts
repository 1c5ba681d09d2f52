// Drawing a tie with the mouse (cytoscape-edgehandles): hovering a person shows a small handle
// above them; dragging from it to another person adds a tie of the kind chosen in the toolbar,
// as one command. A self-tie or a duplicate is refused with the command's own message.
import cytoscape, { type Core, type EventObject, type NodeSingular } from 'cytoscape';
import edgehandles from 'cytoscape-edgehandles';
import type { DocumentStore } from '../../state/document.svelte';
import { parseElementId } from '../graph/elements';
import { m } from '../i18n-plain';
import { actorName, addTieCommand, kindWord } from './actions';
import { editing } from './edit-state.svelte';
import { messagesText } from '../engine-text';

cytoscape.use(edgehandles);

/** How long the handle stays after the pointer leaves the person, so it can be reached. */
const HIDE_DELAY_MS = 400;

const actorIdOf = (node: NodeSingular): string | null => {
  const ref = parseElementId(node.id());
  return ref?.kind === 'actor' ? ref.id : null;
};

/** Sets up tie drawing on a Cytoscape instance; returns the teardown. */
export function attachTieDrawing(
  cy: Core,
  store: DocumentStore,
  onMessage: (message: string) => void,
): () => void {
  const container = cy.container()!;
  const host = container.parentElement ?? container;
  const eh = cy.edgehandles({
    canConnect: (source, target) =>
      target.nonempty() && actorIdOf(target) !== null && !source.same(target),
    edgeParams: () => ({ classes: 'tie-draft' }),
    snap: true,
    snapThreshold: 12,
    hoverDelay: 0,
  });

  const handle = document.createElement('div');
  handle.className = 'tie-handle';
  handle.dataset.testid = 'tie-handle';
  // A mouse aid only: keyboard users add ties in the inspector ("Add tie to…").
  handle.setAttribute('aria-hidden', 'true');
  Object.assign(handle.style, {
    position: 'absolute',
    width: '16px',
    height: '16px',
    marginLeft: '-8px',
    marginTop: '-8px',
    borderRadius: '50%',
    background: '#1f3a4d',
    border: '2px solid #fff',
    boxShadow: '0 0 0 1px #1f3a4d',
    cursor: 'crosshair',
    zIndex: '5',
    display: 'none',
  });
  host.appendChild(handle);

  let owner: NodeSingular | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let drawing = false;

  const place = () => {
    if (!owner || owner.removed()) return hide();
    const at = owner.renderedPosition();
    const top = at.y - owner.renderedOuterHeight() / 2 - 10;
    handle.style.left = `${container.offsetLeft + at.x}px`;
    handle.style.top = `${container.offsetTop + top}px`;
  };
  const show = (node: NodeSingular) => {
    clearTimeout(hideTimer);
    owner = node;
    handle.title = m.work_edit_tie_handle(); // in the language of the moment
    place();
    handle.style.display = 'block';
  };
  const hide = () => {
    clearTimeout(hideTimer);
    owner = null;
    handle.style.display = 'none';
  };
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, HIDE_DELAY_MS);
  };

  const onOver = (event: EventObject) => {
    if (!drawing && !cy.autoungrabify()) show(event.target as NodeSingular);
  };
  const onOut = () => {
    if (!drawing) hideSoon();
  };
  const onMoved = () => {
    if (owner && !drawing) place();
  };
  cy.on('mouseover', 'node.actor', onOver);
  cy.on('mouseout', 'node.actor', onOut);
  cy.on('viewport', onMoved);
  cy.on('position', 'node.actor', onMoved);
  cy.on('grab', hide);
  cy.on('remove', 'node.actor', onMoved);
  handle.addEventListener('mouseenter', () => clearTimeout(hideTimer));
  handle.addEventListener('mouseleave', () => {
    if (!drawing) hideSoon();
  });

  /** The person drawn under a point on screen, if any. */
  const actorAt = (clientX: number, clientY: number): NodeSingular | null => {
    const box = container.getBoundingClientRect();
    const x = clientX - box.left;
    const y = clientY - box.top;
    const under = cy.nodes('.actor').filter((node) => {
      const bb = node.renderedBoundingBox({ includeLabels: false });
      return x >= bb.x1 && x <= bb.x2 && y >= bb.y1 && y <= bb.y2;
    });
    return under.nonempty() ? (under.last() as NodeSingular) : null;
  };

  let previewed: NodeSingular | null = null;
  const onComplete = (
    _event: EventObject,
    _source: NodeSingular,
    target: NodeSingular,
    added: cytoscape.CollectionReturnValue,
  ) => {
    previewed = target;
    added.remove(); // the document, not the gesture, decides what is drawn
  };
  cy.on('ehcomplete', onComplete as unknown as cytoscape.EventHandler);

  const onDown = (event: MouseEvent) => {
    if (event.button !== 0 || !owner) return;
    event.preventDefault();
    event.stopPropagation();
    const source = owner;
    drawing = true;
    previewed = null;
    handle.style.display = 'none';
    eh.start(source);
    const onUp = (up: MouseEvent) => {
      window.removeEventListener('mouseup', onUp, true);
      const under = actorAt(up.clientX, up.clientY);
      eh.stop();
      drawing = false;
      owner = null;
      const target = previewed ?? under;
      const from = actorIdOf(source);
      const to = target ? actorIdOf(target) : null;
      if (from === null || to === null) return; // let go over nothing: no tie
      const doc = store.doc;
      const result = store.execute(addTieCommand(doc, from, to, editing.tieKind));
      const kind = editing.tieKind;
      onMessage(
        result.ok
          ? m.work_edit_added_tie({
              kind,
              kindName: kindWord(kind),
              source: actorName(doc, from),
              target: actorName(doc, to),
            })
          : m.work_edit_no_tie({ reason: messagesText(result.messages) }),
      );
    };
    window.addEventListener('mouseup', onUp, true);
  };
  handle.addEventListener('mousedown', onDown);

  return () => {
    hide();
    eh.destroy();
    cy.off('mouseover', 'node.actor', onOver);
    cy.off('mouseout', 'node.actor', onOut);
    cy.off('viewport', onMoved);
    cy.off('position', 'node.actor', onMoved);
    cy.off('grab', hide);
    cy.off('remove', 'node.actor', onMoved);
    cy.off('ehcomplete', onComplete as unknown as cytoscape.EventHandler);
    handle.remove();
  };
}
