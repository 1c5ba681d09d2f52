// Messages as data: what the engine says is a code with typed parameters and, where it applies, a
// location. Each surface formats it: the CLI in English, the UI in the user's language.
//
// A code is also the message's key in `messages/{locale}/engine-*.json` (paraglide compiles the
// same files for the UI), so there is no hand-kept table from codes to texts.

/**
 * How a parameter is formatted:
 * - `name`: a label people read (a person, team, group, the network's title). Untrusted: the UI
 *   isolates it (Unicode FSI…PDI) and clamps a very long one; the CLI quotes it.
 * - `names`: a list of such labels, joined for the language ("A, B and C").
 * - `text`: other text from the user's data (an id, an attribute's name or value, a tie kind):
 *   untrusted like a name, always quoted.
 * - `value`: a value from the user's file written as JSON (`"graphml"`, `0`, `nothing` when
 *   missing; see describeValue): untrusted, isolated on a page, shown as it is in a terminal.
 * - `token`: a fixed word of the engine or a file format shown as it is (`member`, `GEXF`, `chi0`).
 * - `term`: the code of a message without parameters, said in the language (`type_string` →
 *   "a string" / "en tekst").
 * - `count`: a whole number; `number`: a measured or set value; both in the language's digits.
 * - `location`: a place in the user's input (a `Location`), said as a location is
 *   ("graph > nodes > node[3] line 12" / "… linje 12").
 * - `role`, `tieKind`, `groupKind`: a role, tie kind or group kind from the network: one Leadnet
 *   knows is said in the language (`role_coordinator` → "local coordinator" / "lokal
 *   koordinator"), any other string is quoted like `text`.
 */
export type ParamKind =
  | 'name'
  | 'names'
  | 'text'
  | 'value'
  | 'token'
  | 'term'
  | 'count'
  | 'number'
  | 'location'
  | 'role'
  | 'tieKind'
  | 'groupKind';

export type ParamSpec = Readonly<Record<string, ParamKind>>;
export type MessageSpecs = Readonly<Record<string, ParamSpec>>;

export type ParamValue<K extends ParamKind> = K extends 'count' | 'number'
  ? number
  : K extends 'names'
    ? readonly string[]
    : K extends 'location'
      ? Location
      : string;

export type ParamsOf<S extends ParamSpec> = { readonly [P in keyof S]: ParamValue<S[P]> };

/**
 * Where in the user's input a message points. JSON: `path` of property names and array indexes
 * (`ties[3].target`); XML: element names, a number being the element's index among its kind
 * (`graph > edges > edge[3]`); text files: a line (and column). `file` names one of several
 * files read together (`ties.csv`).
 */
export interface Location {
  readonly file?: string;
  readonly syntax?: 'json' | 'xml';
  readonly path?: readonly (string | number)[];
  readonly line?: number;
  readonly column?: number;
}

/** One message: a code, its parameters, and optionally where it is about. */
export interface Message<C extends string = string> {
  readonly code: C;
  readonly params: Readonly<Record<string, number | string | readonly string[] | Location>>;
  readonly at?: Location;
}

/** A typed message of one area's specs. */
export type MessageOf<S extends MessageSpecs> = {
  [C in keyof S & string]: {
    readonly code: C;
    readonly params: ParamsOf<S[C]>;
    readonly at?: Location;
  };
}[keyof S & string];

/**
 * An area's messages, declared once: `defineMessages({ sim_no_teams: {}, … })`. Returns a typed
 * factory, `say('sim_no_teams', {})`, and keeps the specs for the registry and its tests.
 */
export function defineMessages<const S extends MessageSpecs>(specs: S) {
  function say<C extends keyof S & string>(code: C, params: ParamsOf<S[C]>, at?: Location) {
    return (at === undefined ? { code, params } : { code, params, at }) as Message<C> & {
      params: ParamsOf<S[C]>;
    };
  }
  return { specs, say };
}
