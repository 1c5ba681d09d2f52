// Messages every area uses: how a location and a long list are said.
import { defineMessages } from './types';

export const COMMON_MESSAGES = defineMessages({
  /** "line 14" of a text file. */
  loc_line: { line: 'count' },
  /** "line 3, column 17". */
  loc_line_column: { line: 'count', column: 'count' },
  /** The end of a list of names cut short: "and 4 more". */
  list_more: { count: 'count' },
});

/** What a value in a file should be and is not: the schema's complaints (see zod.ts). */
export const VALUE_MESSAGES = defineMessages({
  value_missing: { expected: 'term' },
  value_wrong_type: { expected: 'term', got: 'value' },
  value_not_allowed: { got: 'value', allowed: 'token' },
  value_too_big: { max: 'number', got: 'value' },
  value_too_small: { min: 'number', got: 'value' },
  value_unknown_field: { field: 'text' },
  value_invalid: { got: 'value' },
  value_nonempty: { got: 'value' },
  value_weight: { got: 'value' },
  value_whole_week: { got: 'value' },
  type_string: {},
  type_number: {},
  type_object: {},
  type_array: {},
  type_boolean: {},
  type_value: {},
});
