// Synthetic networks: valid, the asked size, and the same for the same seed.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/core/document';
import { createSyntheticNetwork } from '../../src/core/example/synthetic';

describe('createSyntheticNetwork', () => {
  it('makes a valid network of the asked size', () => {
    const doc = createSyntheticNetwork({ actors: 300, tiesPerActor: 3, seed: 5 });
    const parsed = parseDocument(JSON.parse(JSON.stringify(doc)));
    expect(parsed.ok).toBe(true);
    expect(doc.actors).toHaveLength(300);
    expect(doc.ties).toHaveLength(900);
    expect(doc.groups).toHaveLength(30);
  });

  it('is the same for the same seed and differs for another', () => {
    const a = JSON.stringify(createSyntheticNetwork({ actors: 100, seed: 1 }));
    expect(JSON.stringify(createSyntheticNetwork({ actors: 100, seed: 1 }))).toBe(a);
    expect(JSON.stringify(createSyntheticNetwork({ actors: 100, seed: 2 }))).not.toBe(a);
  });

  it('stops on a network too small for the ties asked', () => {
    const doc = createSyntheticNetwork({ actors: 3, tiesPerActor: 10 });
    expect(doc.ties.length).toBeLessThanOrEqual(6);
    expect(parseDocument(JSON.parse(JSON.stringify(doc))).ok).toBe(true);
  });
});
