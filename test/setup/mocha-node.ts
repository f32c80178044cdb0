// mocha's root hook plugin for test/node (see .mocharc.json): the console guard.
import { consoleHooks, recordConsole } from './console-guard.js';

recordConsole();

export const mochaHooks = consoleHooks;
