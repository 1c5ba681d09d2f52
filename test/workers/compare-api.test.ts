// The worker's `compare` (issue 13): the same comparison over a real comlink channel as called
// directly, tagged with the request's revision — the page compares in the worker, never itself.
import { expose, releaseProxy, wrap } from 'comlink';
import { describe, expect, it } from 'vitest';
import { type AnalysisApi, createAnalysisApi } from '../../src/core/api';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { exampleSecondWave } from '../helpers/waves';

describe('compare through the worker API', () => {
  it('gives over a channel exactly what a direct call gives', async () => {
    const before = createExampleDocument();
    const after = exampleSecondWave(before);
    const channel = new MessageChannel();
    expose(createAnalysisApi(), channel.port1);
    const remote = wrap<AnalysisApi>(channel.port2);
    try {
      const tagged = await remote.compare({ revision: 9, before, after });
      expect(tagged.revision).toBe(9);
      const direct = createAnalysisApi().compare({ revision: 0, before, after }).result;
      expect(JSON.parse(JSON.stringify(tagged.result))).toEqual(JSON.parse(JSON.stringify(direct)));
      expect(tagged.result.actors.left).toEqual([{ id: 'team-ed-c', label: 'Lars W.' }]);
    } finally {
      remote[releaseProxy]();
      channel.port1.close();
      channel.port2.close();
    }
  });
});
