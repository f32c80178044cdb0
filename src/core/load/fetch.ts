/**
 * One request for a widget's `src` (docs/reference.md §2.2): `response.ok`, the content type and a size cap
 * checked with clear messages; and whether the answer is CSV or JSON. The answer is read as bytes and decoded
 * as Excel's files need (decode.ts: byte-order mark, UTF-8, else Windows-1252). Sharing a request between
 * widgets, and its timeout (of silence, not length), are in shared.ts.
 */
import { DEFAULT_LOCALE } from '../format.js';
import { t } from '../i18n/index.js';
import type { Words } from '../problems.js';
import { decodeBytes, type Encoding } from './decode.js';
import { withoutPassword } from './url.js';

/** Limits for fetching; tests may lower them. */
export const LOAD_LIMITS = {
  timeoutMs: 15_000,
  maxBytes: 10 * 1024 * 1024,
};

/**
 * A failed fetch: what failed, the URL and, for HTTP errors, the status. `say`, where the kit wrote the message,
 * gives its words in any locale, written to follow the file's place (`the server answered 404 …`).
 */
export class FetchError extends Error {
  readonly url: string;
  readonly status: number | undefined;
  readonly say: Words | undefined;
  constructor(message: string, url: string, status?: number, say?: Words) {
    super(message);
    this.name = 'FetchError';
    this.url = url;
    this.status = status;
    this.say = say;
  }
}

/** A FetchError the kit words itself: its message is the British English of `say`, as a sentence. */
export function fetchFailed(say: Words, url: string, status?: number): FetchError {
  const english = say(DEFAULT_LOCALE);
  return new FetchError(`${english[0]!.toUpperCase()}${english.slice(1)}`, url, status, say);
}

export interface Fetched {
  /** The address asked for (the widget's `src`, resolved). */
  url: string;
  /** The address the answer came from, when the server sent the request on to another (a redirect). */
  finalUrl?: string;
  text: string;
  contentType: string;
  /** How the bytes were decoded (a file with no byte-order mark that is not UTF-8 is Windows-1252). */
  encoding: Encoding;
}

function formatMb(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

async function readCapped(
  response: Response,
  url: string,
  signal: AbortSignal,
  heard: () => void,
  from: Words,
): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  const limit = formatMb(LOAD_LIMITS.maxBytes);
  if (Number.isFinite(declared) && declared > LOAD_LIMITS.maxBytes) {
    const size = formatMb(declared);
    throw fetchFailed((l) => t(l, 'fetch.tooLarge', { size, limit, from: from(l) }), url);
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    if (signal.aborted) {
      await reader.cancel();
      throw signal.reason;
    }
    const { done, value } = await reader.read();
    if (done) break;
    heard();
    total += value.byteLength;
    if (total > LOAD_LIMITS.maxBytes) {
      await reader.cancel();
      throw fetchFailed((l) => t(l, 'fetch.tooLargeOver', { limit, from: from(l) }), url);
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes;
}

/** What to do about an HTTP error status, in an editor's words. */
function statusFix(status: number, locale: string): string {
  if (status === 404 || status === 410) return t(locale, 'fetch.fixMissing');
  if (status === 401 || status === 403) return t(locale, 'fetch.fixSignIn');
  if (status >= 500) return t(locale, 'fetch.fixServer', { retry: t(locale, 'problems.retry') });
  return t(locale, 'fetch.fixAddress');
}

/**
 * Whether an answer is a web page (a sign-in page served as 200), not data: its first tag, after any byte-order
 * mark, white space, XML prolog and comments, opens an HTML document.
 */
export function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 4096).replace(/^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*/, '');
  return /^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(start);
}

/**
 * Which sites' answers may be shown, for a page that limits them (the embed page, demo/embed.ts): called with
 * the address asked for, and again with the address the answer came from when the server sent the request on
 * (a redirect); a message refuses it (the answer is not read). Unset, any answer the browser lets the page
 * read is shown: for a widget on an ordinary page, which sites it may read is the page's Content-Security-
 * Policy (`connect-src`, which also covers redirects) and the other site's CORS headers.
 */
let originCheck: ((url: string) => string | undefined) | undefined;

/** Sets (or, with undefined, clears) the page's check of which sites' answers may be shown. */
export function checkFetchedOrigins(check: ((url: string) => string | undefined) | undefined): void {
  originCheck = check;
}

/**
 * Fetches `url` once, with no sharing: widgets call `fetchShared` (shared.ts), which calls this. `heard` is
 * called when the answer begins and on each part of it that arrives (the timeout counts silence).
 */
export async function fetchOnce(
  url: string,
  signal: AbortSignal,
  heard: () => void = () => {},
): Promise<Fetched> {
  const before = originCheck?.(url);
  if (before) throw new FetchError(before, url);
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      credentials: 'same-origin',
      headers: { accept: 'application/json, text/csv, */*;q=0.5' },
    });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    const own = error instanceof Error ? error.message : undefined;
    throw fetchFailed((l) => t(l, 'fetch.unreachable', { error: own ?? t(l, 'fetch.networkError') }), url);
  }
  heard();
  // Sent on elsewhere (a redirect): the page's check judges where the answer came from, and a message about
  // the answer says so (never with a password).
  const finalUrl = response.redirected && response.url ? response.url : url;
  const sentOn = withoutPassword(finalUrl);
  const from: Words = (l) => (finalUrl === url ? '' : t(l, 'fetch.sentOn', { url: sentOn }));
  const refused = finalUrl === url ? undefined : originCheck?.(finalUrl);
  if (refused) {
    await response.body?.cancel().catch(() => {});
    throw new FetchError(refused, url);
  }
  if (!response.ok) {
    const { status: code, statusText } = response;
    const status = `${code}${statusText ? ` ${statusText}` : ''}`;
    throw fetchFailed(
      (l) => t(l, 'fetch.status', { status, from: from(l), fix: statusFix(code, l) }),
      url,
      code,
    );
  }
  const contentType = (response.headers.get('content-type') ?? '').toLowerCase();
  if (/\b(?:text\/html|application\/xhtml\+xml)\b/.test(contentType)) {
    throw webPage(from, url, response.status);
  }
  const { text, encoding } = decodeBytes(await readCapped(response, url, signal, heard, from));
  if (looksLikeHtml(text)) {
    throw webPage(from, url, response.status);
  }
  return finalUrl === url
    ? { url, text, contentType, encoding }
    : { url, finalUrl, text, contentType, encoding };
}

function webPage(from: Words, url: string, status: number): FetchError {
  return fetchFailed((l) => t(l, 'fetch.webPage', { from: from(l) }), url, status);
}

/** Whether a fetched file is CSV: its content type, its path ending `.csv`, or `format="csv"`. */
export function isCsv(fetched: Fetched, format: string | undefined): boolean {
  if (format) return format.trim().toLowerCase() === 'csv';
  if (/\btext\/csv\b/.test(fetched.contentType)) return true;
  // The address asked for, or the one the server sent the request on to (`/latest` → `/files/report.csv`).
  return [fetched.url, fetched.finalUrl ?? fetched.url].some((url) => {
    try {
      return new URL(url).pathname.toLowerCase().endsWith('.csv');
    } catch {
      return false;
    }
  });
}
