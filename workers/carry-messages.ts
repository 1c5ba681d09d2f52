// Errors that carry messages as data (src/core/messages) keep them across the worker boundary:
// comlink sends only an error's message, name and stack, so its throw handler is wrapped to send
// `messages` too. The page's side needs nothing: comlink copies every sent field onto the Error.
import { transferHandlers } from 'comlink';

const original = transferHandlers.get('throw')!;

transferHandlers.set('throw', {
  canHandle: original.canHandle,
  serialize(thrown: unknown) {
    const [serialized, transferables] = original.serialize(thrown);
    const value = (thrown as { value?: unknown }).value;
    const messages = (value as { messages?: unknown } | null)?.messages;
    const out = serialized as { isError?: boolean; value?: Record<string, unknown> };
    if (out.isError && out.value && Array.isArray(messages))
      out.value = { ...out.value, messages: structuredClone(messages) };
    return [serialized, transferables];
  },
  deserialize: original.deserialize,
});
