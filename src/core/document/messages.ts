// What the document rules say (DESIGN §2): JSON syntax, the envelope, and the rules the schema
// cannot state, as codes (texts in messages/{en,da}/engine-document.json). People and groups that
// exist are named by their labels; an id that points nowhere is quoted as the file has it.
// Also the words for the roles, tie kinds and group kinds Leadnet knows, which messages use for
// parameters of kind `role`, `tieKind` and `groupKind`.
import { defineMessages } from '../messages/types';

export const DOCUMENT_MESSAGES = defineMessages({
  doc_json_invalid: {},
  doc_json_unexpected: { found: 'text' },
  doc_json_ends_early: {},
  doc_more_errors: { count: 'count' },
  doc_not_object: { got: 'value' },
  doc_format: { format: 'token', got: 'value' },
  doc_version_newer: { version: 'count', current: 'count' },
  doc_attributes: { got: 'value' },
  doc_no_group: { id: 'text' },
  doc_group_in_itself: { group: 'name' },
  doc_group_cycle: { groups: 'names' },
  doc_no_actor: { id: 'text' },
  doc_self_tie: { person: 'name' },
  doc_tie_twice: { kind: 'tieKind', source: 'name', target: 'name', first: 'location' },
  doc_duplicate_id: { id: 'text', first: 'location' },
  role_member: {},
  role_coordinator: {},
  role_regional_coordinator: {},
  role_manager: {},
  tie_kind_leadership: {},
  tie_kind_support: {},
  tie_kind_coordination: {},
  tie_kind_reporting: {},
  group_kind_team: {},
  group_kind_organization: {},
  group_kind_region: {},
  group_kind_collaborative: {},
});

export const say = DOCUMENT_MESSAGES.say;
