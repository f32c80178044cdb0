/**
 * The language follows the page, live: one MutationObserver for every widget on the page watches `lang` (and
 * the widgets' own `locale`) anywhere in the document, and tells each connected widget to look again at its
 * nearest `lang` (format.ts `localeOf`). A widget whose language changed draws again in it. A translation
 * registered later (core/i18n `registerTranslation`) redraws every widget too.
 *
 * A MutationObserver on the document does not see into shadow roots, so a widget inside another component
 * (a CMS's web part, a design system's card) has each shadow root above it observed too: a `lang` changed on
 * an element inside that component is seen as one on the page is.
 */
import { onTranslationChange } from '../core/i18n/index.js';

/** What a widget does when the page's languages may have changed: look again, and redraw if its own did. */
export interface LanguageWatcher {
  languageChanged(): void;
}

const watchers = new Set<LanguageWatcher>();
let observer: MutationObserver | undefined;
let stopTranslations: (() => void) | undefined;
const options: MutationObserverInit = {
  attributes: true,
  attributeFilter: ['lang', 'locale'],
  subtree: true,
};
/** The shadow roots observed, besides the document (observing one again would only repeat the work). */
let observedRoots = new WeakSet<ShadowRoot>();

function tellAll(): void {
  for (const w of watchers) w.languageChanged();
}

/**
 * Watches the page's `lang` attributes for a connected widget (the one observer starts with the first), and
 * those of every shadow root the widget sits in.
 */
export function watchLanguage(widget: LanguageWatcher, host: Element): void {
  watchers.add(widget);
  if (typeof MutationObserver !== 'function') return;
  if (!observer) {
    observer = new MutationObserver(tellAll);
    observer.observe(host.ownerDocument.documentElement, options);
    stopTranslations = onTranslationChange(tellAll);
  }
  for (let root = host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    if (observedRoots.has(root)) continue;
    observedRoots.add(root);
    observer.observe(root, options);
  }
}

/** Stops for a widget taken off the page; the observer stops with the last. */
export function unwatchLanguage(widget: LanguageWatcher): void {
  watchers.delete(widget);
  if (watchers.size === 0) {
    observer?.disconnect();
    observer = undefined;
    observedRoots = new WeakSet();
    stopTranslations?.();
    stopTranslations = undefined;
  }
}
