// What the app's services say (keeping the work, other tabs, the worker's jobs), as codes with
// texts in messages/{en,da}/engine-services.json. src/core does not depend on the app, so these
// are not in core's registry: APP_MESSAGE_SPECS (message-specs.ts) joins the two for the UI's
// formatter. Their
// English (errors, logs, tests) is in english.ts, out of the app's first load.
import { defineMessages } from '../core/messages/types';

export const SERVICE_MESSAGES = defineMessages({
  // Keeping the work: why an action was refused, or what the user should know.
  storage_read_only: {},
  storage_handout_read_only: {},
  storage_gone: {},
  storage_needs_name: {},
  storage_open_elsewhere: {},
  storage_not_a_network: {},
  storage_not_switched: { title: 'name', reason: 'term' },
  storage_other_tab_kept: { reason: 'term' },
  storage_other_tab_silent: {},
  storage_journal_failed: { reason: 'term' },
  storage_not_recovered: { title: 'name', reason: 'term' },
  storage_action_failed: { reason: 'text' },
  // Why nothing is saved (a StorageReason: said on its own, or inside the messages above).
  storage_full: {},
  storage_failed: {},
  storage_no_answer: {},
  storage_no_local: {},
  storage_private: {},
  storage_handout: {},
  // What a worker is doing (the status bar).
  job_summary: {},
  job_measures: {},
  job_simulation: {},
  job_sensitivity: {},
  job_reading_file: {},
  job_reading: { name: 'text' },
  job_writing: { format: 'token' },
  job_compare: {},
  // The edit commands load after the first view: a change asked for before, when they failed.
  edit_not_loaded: {},
});

export const say = SERVICE_MESSAGES.say;

/** Why the browser's storage did not keep the work: a code said on its own or as a reason. */
export type StorageReason =
  | 'storage_full'
  | 'storage_failed'
  | 'storage_no_answer'
  | 'storage_no_local'
  | 'storage_private'
  | 'storage_handout';
