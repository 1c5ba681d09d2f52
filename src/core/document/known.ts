// The document's format name and version, and the roles, tie kinds and group kinds Leadnet knows:
// plain constants, without the schema (zod), for the page's first view (the editors' choices).
export const FORMAT = 'leadnet-network';
export const CURRENT_VERSION = 1;

/** The roles and tie kinds the simulation knows; any other string is kept and drawn. */
export const KNOWN_ROLES = ['member', 'coordinator', 'regional-coordinator', 'manager'] as const;
export const KNOWN_TIE_KINDS = ['leadership', 'support', 'coordination', 'reporting'] as const;
export const KNOWN_GROUP_KINDS = ['team', 'organization', 'region', 'collaborative'] as const;
