/**
 * Links from data: only https, http and relative URLs become links; anything else (`javascript:`,
 * `data:`, `vbscript:`, whatever its case or hidden whitespace) is shown as text, never linked.
 */
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
