/**
 * The Welsh catalogue as this build of the kit carries it. From source, and in the one-file bundle, it is here
 * (cy.ts). The editors' other builds replace this module (scripts/build-plugins.mjs): the English-only bundle
 * has no Welsh, and the lazy loader's chunks load the Welsh words the first time a widget is Welsh
 * (`LOAD_WELSH`), so that an English page never downloads them.
 */
import type { Catalogue } from './index.js';
import type { FullPlural } from './types.js';

export { CY } from './cy.js';

/** Loads the Welsh catalogue on first need; undefined where the catalogue is bundled (CY) or left out. */
export const LOAD_WELSH: (() => Promise<Catalogue<FullPlural>>) | undefined = undefined;
