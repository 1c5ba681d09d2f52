// Every code the UI may be handed, with its parameters' kinds: the engine's (core's registry) and
// the services'. The UI's formatter loads it with the engine's texts, after the first view
// (src/ui/message-tables.ts): the registry brings every area's codes and the measures' code.
import { MESSAGE_SPECS } from '../core/messages/registry';
import type { MessageSpecs } from '../core/messages/types';
import { SERVICE_MESSAGES } from './messages';

export const APP_MESSAGE_SPECS: MessageSpecs = { ...MESSAGE_SPECS, ...SERVICE_MESSAGES.specs };
