// The UI's messages in the Node tests: both languages installed up front, the engine's texts too
// (the app loads one language at a time, and the engine's texts after the first view:
// src/ui/message-tables.ts), so a test can switch with paraglide's overwriteGetLocale.
// Errors say their messages in English here, as in the CLI (the app's page leaves the English out).
import '../src/services/english';
import * as engineDa from '../src/paraglide/engine/messages/da.js';
import * as engineEn from '../src/paraglide/engine/messages/en.js';
import * as da from '../src/paraglide/messages/da.js';
import * as en from '../src/paraglide/messages/en.js';
import { APP_MESSAGE_SPECS } from '../src/services/message-specs';
import { installEngineMessages, installMessages } from '../src/ui/message-tables';

installMessages('en', en);
installMessages('da', da);
installEngineMessages('en', engineEn, APP_MESSAGE_SPECS);
installEngineMessages('da', engineDa, APP_MESSAGE_SPECS);
