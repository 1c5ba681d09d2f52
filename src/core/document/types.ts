// The network document's types, inferred from the schema and made read-only: the document is
// immutable and changed only through commands.
import type { z } from 'zod';
import type { Message } from '../messages/types';
import type { actorSchema, documentSchema, groupSchema, metaSchema, tieSchema } from './schema';

type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

export type Group = DeepReadonly<z.output<typeof groupSchema>>;
export type Actor = DeepReadonly<z.output<typeof actorSchema>>;
export type Tie = DeepReadonly<z.output<typeof tieSchema>>;
export type DocumentMeta = DeepReadonly<z.output<typeof metaSchema>>;
export type NetworkDocument = DeepReadonly<z.output<typeof documentSchema>>;
export type Position = { readonly x: number; readonly y: number };

/** One problem in a document: a message located by its JSON path (`ties[12].target`). */
export type DocumentIssue = Message;

export type ParseResult =
  | { ok: true; doc: NetworkDocument; warnings: DocumentIssue[] }
  | { ok: false; errors: DocumentIssue[] };
