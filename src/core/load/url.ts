/** Which addresses a widget may fetch (docs/reference.md §2.2): checked before any request is made. */
import { quote } from '../problems.js';

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);

/** Resolves `src` against the page; only http(s) (and relative) URLs are fetched. */
export function checkUrl(
  src: string,
  base: string,
): { ok: true; url: string } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(src.trim(), base);
  } catch {
    return { ok: false, message: `${quote(src)} is not a web address: check the src attribute` };
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) {
    return {
      ok: false,
      message: `${quote(src)} was not fetched, to keep the page safe: use an https, http or relative address`,
    };
  }
  return { ok: true, url: url.href };
}
