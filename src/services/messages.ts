// What the app's services say (keeping the work, other tabs, the worker's jobs), as codes with
// texts in messages/{en,da}/engine-services.json. src/core does not depend on the app, so these
// are not in core's registry: APP_MESSAGE_SPECS joins the two for the UI's formatter.
import { MESSAGE_SPECS, type MessageSpecs, defineMessages } from '../core/messages';

export const SERVICE_MESSAGES = defineMessages({
  storage_read_only: {},
});

export const say = SERVICE_MESSAGES.say;

/** Every code the UI may be handed: the engine's and the services'. */
export const APP_MESSAGE_SPECS: MessageSpecs = { ...MESSAGE_SPECS, ...SERVICE_MESSAGES.specs };
