import { assertChrome } from './chrome-path.mjs';

assertChrome();
