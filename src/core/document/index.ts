// The network document: schema, types, parsing and semantic checks.
export * from './schema';
export * from './types';
export * from './validate';
export { formatPath, describeValue } from './paths';
