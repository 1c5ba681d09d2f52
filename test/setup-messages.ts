// The UI's messages in the Node tests: both languages installed up front (the app loads one at a
// time, src/ui/message-tables.ts), so a test can switch with paraglide's overwriteGetLocale.
// Errors say their messages in English here, as in the CLI (the app's page leaves the English out).
import '../src/services/english';
import * as da from '../src/paraglide/messages/da.js';
import * as en from '../src/paraglide/messages/en.js';
import { installMessages } from '../src/ui/message-tables';

installMessages('en', en);
installMessages('da', da);
