// The simulation through the analysis API (DESIGN §1, §5.5): a whole run, and a pool's shares
// that merge to the same numbers; replicate arrays survive a real comlink round trip.
import { type Remote, expose, releaseProxy, wrap } from 'comlink';
import { describe, expect, it } from 'vitest';
import { type AnalysisApi, createAnalysisApi } from '../../src/core/api';
import { createExampleDocument } from '../../src/core/example/qic-example';

const api = createAnalysisApi();
const request = {
  revision: 4,
  doc: createExampleDocument(),
  scenarios: ['support-withdrawn-26', 'connect-coordinators'],
  runs: 12,
  seed: 11,
  weeks: 40,
};

describe('simulate and simulateRange', () => {
  it('simulate echoes the revision, reports progress, and returns every series', () => {
    const progress: number[] = [];
    const tagged = api.simulate(request, (done) => progress.push(done));
    expect(tagged.revision).toBe(4);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toHaveLength(12);
    const { result } = tagged;
    expect(Object.keys(result.scenarios)).toEqual(request.scenarios);
    expect(Object.keys(result.baseline.series)).toEqual(['E', 'C', 'ADL', 'alignment', 'active']);
    expect(result.baseline.series.active.overall.mean[0]).toBeGreaterThan(0);
  });

  it('shares from 1 or 3 workers merge to the same result as one whole run', () => {
    const whole = api.simulate(request).result;
    const shares = [
      api.simulateRange(request, 8, 12).result,
      api.simulateRange(request, 0, 3).result,
      api.simulateRange(request, 3, 8).result,
    ];
    expect(JSON.stringify(api.summarizeSimulation(request, shares).result)).toBe(
      JSON.stringify(whole),
    );
    const one = [api.simulateRange(request, 0, 12).result];
    expect(JSON.stringify(api.summarizeSimulation(request, one).result)).toBe(
      JSON.stringify(whole),
    );
  });

  it('moves a share over a real comlink channel', async () => {
    const { port1, port2 } = new MessageChannel();
    expose(api, port1);
    const remote: Remote<AnalysisApi> = wrap<AnalysisApi>(port2);
    try {
      const share = await remote.simulateRange(request, 0, 2);
      expect(share.revision).toBe(4);
      expect(share.result.data[0]).toBeInstanceOf(Float64Array);
      expect(Array.from(share.result.data[1]!)).toEqual(
        Array.from(api.simulateRange(request, 0, 2).result.data[1]!),
      );
    } finally {
      remote[releaseProxy]();
      port1.close();
      port2.close();
    }
  });
});
