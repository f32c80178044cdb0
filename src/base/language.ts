/**
 * The language follows the page, live: one MutationObserver for every widget on the page watches `lang` (and
 * the widgets' own `locale`) anywhere in the document, and tells each connected widget to look again at its
 * nearest `lang` (format.ts `localeOf`). A widget whose language changed draws again in it. A translation
 * registered later (core/i18n `registerTranslation`) redraws every widget too.
 */
import { onTranslationChange } from '../core/i18n/index.js';

/** What a widget does when the page's languages may have changed: look again, and redraw if its own did. */
export interface LanguageWatcher {
  languageChanged(): void;
}

const watchers = new Set<LanguageWatcher>();
let observer: MutationObserver | undefined;
let stopTranslations: (() => void) | undefined;

function tellAll(): void {
  for (const w of watchers) w.languageChanged();
}

/** Watches the page's `lang` attributes for a connected widget (the one observer starts with the first). */
export function watchLanguage(widget: LanguageWatcher, doc: Document): void {
  watchers.add(widget);
  if (!observer && typeof MutationObserver === 'function') {
    observer = new MutationObserver(tellAll);
    observer.observe(doc.documentElement, {
      attributes: true,
      attributeFilter: ['lang', 'locale'],
      subtree: true,
    });
    stopTranslations = onTranslationChange(tellAll);
  }
}

/** Stops for a widget taken off the page; the observer stops with the last. */
export function unwatchLanguage(widget: LanguageWatcher): void {
  watchers.delete(widget);
  if (watchers.size === 0) {
    observer?.disconnect();
    observer = undefined;
    stopTranslations?.();
    stopTranslations = undefined;
  }
}
