/**
 * Links from data: only https, http and relative URLs become links; anything else (`javascript:`,
 * `data:`, `vbscript:`, whatever its case or hidden whitespace) is shown as text, never linked.
 */
import { t } from './i18n/index.js';
import { joinKey, type Problem, quote, said } from './problems.js';

const BASE = 'https://relative.invalid/';

export function safeHref(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  const text = href.trim();
  if (text === '') return undefined;
  let url: URL;
  try {
    // The URL parser drops tabs and newlines and reads the scheme as a browser would.
    url = new URL(text, BASE);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return text;
}

/**
 * A link from data for a model: `{ href }` when safe; otherwise `{ unsafeHref }` (shown as text) and a
 * problem at `path`.
 */
export function readLink(
  href: string | undefined,
  path: string,
  problems: Problem[],
): { href?: string; unsafeHref?: string } {
  if (href === undefined) return {};
  const safe = safeHref(href);
  if (safe) return { href: safe };
  problems.push({
    path,
    ...said((l) => t(l, 'link.unsafe', { value: quote(href, 60, l) })),
  });
  return { unsafeHref: href };
}

/** A `source` for a heading, its link kept only when safe (and reported when not). */
export function readSource(
  source: { label: string; href?: string } | undefined,
  path: string,
  problems: Problem[],
): { label: string; href?: string } | undefined {
  if (!source) return undefined;
  const link = readLink(source.href, joinKey(joinKey(path, 'source'), 'href'), problems);
  return link.href ? { label: source.label, href: link.href } : { label: source.label };
}
