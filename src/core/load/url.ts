/** Which addresses a widget may fetch (docs/reference.md §2.2): checked before any request is made. */
import { t } from '../i18n/index.js';
import { quote, type Said, said } from '../problems.js';

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);

/** An address as a message may print it: a password in it is never shown (`https://editor:…@host/`). */
export function withoutPassword(address: string): string {
  return address.replace(/(\/\/[^/?#@:\s]*):[^/?#@\s]*@/, '$1:…@');
}

/** Resolves `src` against the page; only http(s) (and relative) URLs are fetched, never with a user name or password. */
export function checkUrl(src: string, base: string): { ok: true; url: string } | ({ ok: false } & Said) {
  const shown = withoutPassword(src.trim());
  const fail = (key: 'url.notAddress' | 'url.password' | 'url.protocol') => ({
    ok: false as const,
    ...said((l) => t(l, key, { src: quote(shown, 60, l) })),
  });
  let url: URL;
  try {
    url = new URL(src.trim(), base);
  } catch {
    return fail('url.notAddress');
  }
  if (url.username || url.password) return fail('url.password');
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return fail('url.protocol');
  return { ok: true, url: url.href };
}
