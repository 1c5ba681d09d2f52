// The Cytoscape stylesheet, built from the palette. Sizes are chosen to stay readable on a
// projector at 1280×720 after fit-to-screen.
import type { StylesheetJson } from 'cytoscape';
import { overviewPeopleStylesheet, overviewStylesheet } from './overview-style';
import { KIND_LOOKS, OTHER_KIND, OTHER_ROLE, ROLE_LOOKS } from './palette';

/** The stylesheet; `overview`: a big network's overview is shown (its people's styles too). */
export function createStylesheet({ overview = false } = {}): StylesheetJson {
  return [
    {
      selector: 'node.actor',
      style: {
        label: 'data(label)',
        width: 34,
        height: 34,
        'font-size': 15,
        'font-family': 'system-ui, sans-serif',
        color: '#1a1a1a',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '90px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'border-width': 2,
        'border-color': '#1a1a1a',
      },
    },
    ...[...ROLE_LOOKS, OTHER_ROLE].map((look) => ({
      selector: `node.role-${look.role || 'other'}`,
      style: { shape: look.shape, 'background-color': look.color },
    })),
    {
      selector: 'node.role-manager, node.role-regional-coordinator',
      style: { width: 44, height: 44, 'font-weight': 'bold' },
    },
    { selector: 'node.role-coordinator', style: { width: 40, height: 40, 'font-weight': 'bold' } },
    {
      selector: 'node.group',
      style: {
        label: 'data(label)',
        'text-valign': 'top',
        'text-halign': 'center',
        'font-size': 17,
        'font-weight': 'bold',
        color: '#333333',
        'background-color': '#f4f4f4',
        'background-opacity': 0.6,
        'border-width': 1.5,
        'border-color': '#8a8a8a',
        'border-style': 'dashed',
        shape: 'round-rectangle',
        padding: '18px',
      },
    },
    {
      selector: 'node.group-team',
      style: { 'background-color': '#eef6fb', 'border-style': 'solid', 'border-color': '#4d7d99' },
    },
    {
      selector: 'edge.tie',
      style: {
        width: 'data(width)',
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.1,
        opacity: 0.85,
      },
    },
    // A large drawing's ties (elements.ts): straight lines are much cheaper to lay out.
    { selector: 'edge.tie.straight', style: { 'curve-style': 'straight' } },
    ...[...KIND_LOOKS, OTHER_KIND].map((look) => ({
      selector: `edge.kind-${look.kind || 'other'}`,
      style: {
        'line-color': look.color,
        'target-arrow-color': look.color,
        'line-style': look.dash.length ? 'dashed' : 'solid',
        ...(look.dash.length ? { 'line-dash-pattern': look.dash } : {}),
      },
    })),
    // A measure shown on the nodes (measure-style.ts): after the role styles, so it wins.
    { selector: 'node.actor[?sized]', style: { width: 'data(size)', height: 'data(size)' } },
    { selector: 'node.actor[?colored]', style: { 'background-color': 'data(fill)' } },
    { selector: 'node.actor[?unmeasured]', style: { 'border-style': 'dashed' } },
    // The what-if animation (week-style.ts): team fill by progress, absent actors and ties faded.
    {
      selector: 'node.group[?progressFill]',
      style: { 'background-color': 'data(progressFill)', 'background-opacity': 0.9 },
    },
    { selector: 'node.actor[?activityFill]', style: { 'background-color': 'data(activityFill)' } },
    // A big network's overview (overview.ts, issue 14): faded ties and short names while one is
    // shown (before the week's absences, which fade further), its discs and bundles.
    ...(overview ? overviewPeopleStylesheet() : []),
    { selector: '[?absent]', style: { opacity: 0.12 } },
    ...overviewStylesheet(),
    {
      selector: ':selected',
      style: { 'overlay-color': '#000000', 'overlay-opacity': 0.18, 'overlay-padding': 6 },
    },
    { selector: 'node.actor:selected', style: { 'border-width': 5, 'border-color': '#000000' } },
    { selector: 'edge:selected', style: { opacity: 1, 'z-index': 10 } },
    { selector: '.faded', style: { opacity: 0.15 } },
    // A story step's focus (src/ui/present/canvas-view.ts): what is outside it is dimmed. Team
    // boxes fade their fill, border and label only: a compound's opacity would fade its
    // children, highlighted ones included.
    { selector: 'node.actor[?dimmed], edge[?dimmed]', style: { opacity: 0.16 } },
    {
      selector: 'node.group[?dimmed]',
      style: { 'background-opacity': 0.12, 'border-opacity': 0.2, 'text-opacity': 0.25 },
    },
    { selector: 'edge[?highlighted]', style: { opacity: 1, 'z-index': 20 } },
    // Drawing a tie with the mouse (cytoscape-edgehandles): the line follows the pointer.
    {
      selector: 'edge.eh-preview, edge.eh-ghost-edge',
      style: {
        width: 3,
        'line-color': '#1f3a4d',
        'target-arrow-color': '#1f3a4d',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        'line-style': 'dashed',
        'line-dash-pattern': [8, 4],
      },
    },
    {
      selector: 'node.eh-source, node.eh-target',
      style: { 'border-width': 5, 'border-color': '#1f3a4d' },
    },
    {
      selector: 'node.group.hidden-group',
      style: { 'background-opacity': 0, 'border-opacity': 0, 'text-opacity': 0, events: 'no' },
    },
  ] as StylesheetJson;
}

/**
 * Projection mode, added after the stylesheet: high contrast (black text and outlines on
 * white), larger shapes, thick ties and arrows, bold labels on an opaque ground, and the ties
 * of a selected actor drawn in front (nothing depends on hover). Label sizes are set by the
 * canvas from the screen's size (GraphView scaleLabels).
 */
export function projectionStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node.actor',
      style: {
        color: '#000000',
        'font-weight': 'bold',
        'border-width': 3,
        'border-color': '#000000',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-margin-y': 5,
      },
    },
    // Shape sizes and tie widths follow the zoom (src/ui/present/canvas-view.ts projectionSizes).
    {
      selector: 'node.group',
      style: {
        color: '#000000',
        'border-width': 2.5,
        'border-color': '#595959',
        // Large member names would widen the team boxes until neighbours overlap: size the
        // boxes by their people, not by the names under them.
        'compound-sizing-wrt-labels': 'exclude',
      },
    },
    { selector: 'node.group-team', style: { 'border-color': '#2f5f7a' } },
    { selector: 'edge.tie', style: { 'arrow-scale': 1.15, opacity: 0.95 } },
    { selector: 'node.actor[?dimmed], edge[?dimmed]', style: { opacity: 0.16 } },
    { selector: '[?absent]', style: { opacity: 0.12 } },
    { selector: 'edge[?highlighted]', style: { opacity: 1, 'z-index': 20 } },
    { selector: 'edge[?selectedTie]', style: { opacity: 1, 'z-index': 30 } },
    // Labels that would cover another label are hidden (canvas-view.ts declutterLabels).
    {
      selector: 'node[?labelHidden]',
      style: { 'text-opacity': 0, 'text-background-opacity': 0 },
    },
    { selector: 'node.actor:selected', style: { 'border-width': 7, 'border-color': '#000000' } },
  ] as unknown as StylesheetJson;
}
