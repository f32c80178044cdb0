/** Which addresses a widget may fetch (docs/reference.md §2.2): checked before any request is made. */
import { quote } from '../problems.js';

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);

/** An address as a message may print it: a password in it is never shown (`https://editor:…@host/`). */
export function withoutPassword(address: string): string {
  return address.replace(/(\/\/[^/?#@:\s]*):[^/?#@\s]*@/, '$1:…@');
}

/** Resolves `src` against the page; only http(s) (and relative) URLs are fetched, never with a user name or password. */
export function checkUrl(
  src: string,
  base: string,
): { ok: true; url: string } | { ok: false; message: string } {
  const said = quote(withoutPassword(src.trim()));
  let url: URL;
  try {
    url = new URL(src.trim(), base);
  } catch {
    return { ok: false, message: `${said} is not a web address: check the src attribute` };
  }
  if (url.username || url.password) {
    return {
      ok: false,
      message: `${said} has a user name or password in it: remove them from src (the kit never sends them; the browser signs in for the page)`,
    };
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) {
    return {
      ok: false,
      message: `${said} was not fetched, to keep the page safe: use an https, http or relative address`,
    };
  }
  return { ok: true, url: url.href };
}
