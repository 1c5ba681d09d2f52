// Gould & Fernandez (1989) brokerage roles of each actor, relative to the actors' own groups.
// Who links people within a team, who carries the team's needs out, who lets outsiders in.
import { cached } from './kernels/cache';
import { hasArc } from './kernels/components';
import type { ActorMetric, MetricContext } from './types';

// Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: a formal approach to
// brokerage in transaction networks. Sociological Methodology 19: 89–126.
//
// Convention (that of R sna `brokerage`, on the arcs as given). On the simple directed graph,
// every open two-path a → b → c (a ≠ c, no arc a → c; an arc c → a does not close it) gives the
// broker b one count in exactly one role, by the groups of a, b and c:
//   coordinator     a, b, c all in one group                        [a b c]
//   itinerant       a and c in one group, b in another              [a c] [b]   (G&F "consultant")
//   representative  b in a's group, c in another                    [a b] [c]
//   gatekeeper      b in c's group, a in another                    [a] [b c]
//   liaison         a, b, c in three different groups               [a] [b] [c]
// Each broker counts every ordered pair (a, c) it mediates, even when another broker mediates it
// too (G&F's raw counts, as in sna, not shared by the number of brokers).
//
// Direction. In Leadnet a → b means a looks to b (DESIGN §2), so the two-path reads "a relies on
// b, who relies on c", and the flow counted is the flow of reliance (requests, questions), which
// runs along the arrows; influence runs the other way. Hence a representative is someone whose
// group-mates rely on them and who relies in turn on an outsider — a coordinator carrying the
// team's needs to the region or to management; a gatekeeper is someone outsiders rely on who
// relies on their own group, their group's door for outsiders. Read as a flow of influence
// (against the arrows) the two swap; coordinator, itinerant and liaison are the same either way.
//
// Groups. Each actor's own group (`actor.group`), not the team or organisation above it:
// brokerage is about the boundary an actor stands on. Actors without a group together form one
// "no group" class (so a two-path among three ungrouped actors is coordination).

export const BROKERAGE_ROLES = [
  'coordinator',
  'itinerant',
  'representative',
  'gatekeeper',
  'liaison',
] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

/** Counts per role, each in `doc.actors` order. */
export type BrokerageCounts = Record<BrokerageRole, Int32Array>;

/** Each actor's class: its group's index in `doc.groups`, −1 for "no group". */
function classes(ctx: MetricContext): Int32Array {
  const groupIndex = new Map<string, number>();
  ctx.doc.groups.forEach((g, i) => groupIndex.set(g.id, i));
  return Int32Array.from(ctx.doc.actors, (a) =>
    a.group === undefined ? -1 : (groupIndex.get(a.group) ?? -1),
  );
}

/** All five counts in one pass over the two-paths, computed once per context. */
export function brokerageCounts(ctx: MetricContext): BrokerageCounts {
  return cached(ctx, 'brokerage:counts', () => {
    const g = ctx.graph;
    const cls = classes(ctx);
    const counts: BrokerageCounts = {
      coordinator: new Int32Array(g.n),
      itinerant: new Int32Array(g.n),
      representative: new Int32Array(g.n),
      gatekeeper: new Int32Array(g.n),
      liaison: new Int32Array(g.n),
    };
    for (let b = 0; b < g.n; b += 1) {
      for (let i = g.inStart[b]!; i < g.inStart[b + 1]!; i += 1) {
        const a = g.inSources[i]!;
        for (let o = g.outStart[b]!; o < g.outStart[b + 1]!; o += 1) {
          const c = g.outTargets[o]!;
          if (c === a || hasArc(g, a, c)) continue;
          const [ga, gb, gc] = [cls[a]!, cls[b]!, cls[c]!];
          let role: BrokerageRole;
          if (ga === gb) role = gb === gc ? 'coordinator' : 'representative';
          else if (gb === gc) role = 'gatekeeper';
          else if (ga === gc) role = 'itinerant';
          else role = 'liaison';
          counts[role][b]! += 1;
        }
      }
    }
    return counts;
  });
}

function role(id: string, key: BrokerageRole): ActorMetric {
  return {
    id,
    level: 'actor',
    format: 'count',
    compute: (ctx) => Array.from(brokerageCounts(ctx)[key]),
  };
}

export const BROKERAGE_METRICS: readonly ActorMetric[] = [
  role('brokerageCoordinator', 'coordinator'),
  role('brokerageItinerant', 'itinerant'),
  role('brokerageGatekeeper', 'gatekeeper'),
  role('brokerageRepresentative', 'representative'),
  role('brokerageLiaison', 'liaison'),
];
