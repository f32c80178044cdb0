/**
 * Loading (CONTRACT §2): URLs checked before any fetch; one fetch per URL shared by every widget on the page;
 * failures never cached; each caller can abandon its request (the fetch itself stops when no one waits for
 * it); a 15 s timeout; `response.ok`, the content type and a size cap checked with clear messages. Also the
 * readers for inline scripts and pasted tables, JSON with line and column in its errors, `select` and `ref`.
 */
import { parseCsv, readTable, type Sheet } from './csv.js';
import { jsonErrorOffset } from './json-error.js';
import { FORBIDDEN_KEYS, joinIndex, joinKey, listWords, normalise, type Problem, quote } from './problems.js';
import { isPlainObject } from './schema.js';

/** Limits for fetching; tests may lower them. */
export const LOAD_LIMITS = {
  timeoutMs: 15_000,
  maxBytes: 10 * 1024 * 1024,
};

/** A failed fetch: what failed, the URL and, for HTTP errors, the status. */
export class FetchError extends Error {
  readonly url: string;
  readonly status: number | undefined;
  constructor(message: string, url: string, status?: number) {
    super(message);
    this.name = 'FetchError';
    this.url = url;
    this.status = status;
  }
}

export interface Fetched {
  url: string;
  text: string;
  contentType: string;
}

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
    return { ok: false, message: `${quote(src)} is not a valid address` };
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) {
    return {
      ok: false,
      message: `${quote(src)} was not fetched: only https, http and relative addresses are allowed`,
    };
  }
  return { ok: true, url: url.href };
}

function formatMb(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

async function readCapped(response: Response, url: string, signal: AbortSignal): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > LOAD_LIMITS.maxBytes) {
    throw new FetchError(
      `The file is too large (${formatMb(declared)}; the limit is ${formatMb(LOAD_LIMITS.maxBytes)})`,
      url,
    );
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let total = 0;
  for (;;) {
    if (signal.aborted) {
      await reader.cancel();
      throw signal.reason;
    }
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > LOAD_LIMITS.maxBytes) {
      await reader.cancel();
      throw new FetchError(`The file is too large (over ${formatMb(LOAD_LIMITS.maxBytes)})`, url);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

const WEB_PAGE =
  'The server sent a web page, not data: check the address, and that the file does not need signing in to';

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 512));
}

async function fetchOnce(url: string, signal: AbortSignal): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      credentials: 'same-origin',
      headers: { accept: 'application/json, text/csv, */*;q=0.5' },
    });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw new FetchError(
      `Could not reach the file (${error instanceof Error ? error.message : 'network error'}): the page may be offline, or the server does not let this page read it (CORS)`,
      url,
    );
  }
  if (!response.ok) {
    throw new FetchError(
      `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      url,
      response.status,
    );
  }
  const contentType = (response.headers.get('content-type') ?? '').toLowerCase();
  if (/\b(?:text\/html|application\/xhtml\+xml)\b/.test(contentType)) {
    throw new FetchError(WEB_PAGE, url, response.status);
  }
  const text = await readCapped(response, url, signal);
  if (looksLikeHtml(text)) {
    throw new FetchError(WEB_PAGE, url, response.status);
  }
  return { url, text, contentType };
}

interface Entry {
  controller: AbortController;
  promise: Promise<Fetched>;
  waiting: number;
  settled: boolean;
}

const shared = new Map<string, Entry>();

/** How many fetches have started since the page loaded (for tests and the demo's "fetched once" check). */
export const fetchStats = { started: 0 };

/**
 * Fetches a URL once for every caller on the page. A caller's `signal` abandons its wait; the request itself is
 * aborted when nobody waits any more. Successes are kept for the page's life; failures are forgotten at once,
 * so a retry fetches again.
 */
export function fetchShared(url: string, signal: AbortSignal): Promise<Fetched> {
  let entry = shared.get(url);
  if (!entry) {
    const controller = new AbortController();
    const timer = setTimeout(
      () =>
        controller.abort(
          new FetchError(
            `No answer from the server after ${Math.round(LOAD_LIMITS.timeoutMs / 1000)} seconds`,
            url,
          ),
        ),
      LOAD_LIMITS.timeoutMs,
    );
    fetchStats.started++;
    const created: Entry = { controller, waiting: 0, settled: false, promise: Promise.resolve() as never };
    created.promise = fetchOnce(url, controller.signal).then(
      (value) => {
        clearTimeout(timer);
        created.settled = true;
        return value;
      },
      (error: unknown) => {
        clearTimeout(timer);
        created.settled = true;
        if (shared.get(url) === created) shared.delete(url);
        throw error;
      },
    );
    // Unobserved when every caller has gone: avoid an unhandled rejection.
    created.promise.catch(() => {});
    shared.set(url, created);
    entry = created;
  }
  const current = entry;
  current.waiting++;
  return new Promise<Fetched>((resolve, reject) => {
    let done = false;
    const leave = () => {
      if (done) return;
      done = true;
      current.waiting--;
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      leave();
      if (current.waiting === 0 && !current.settled) {
        current.controller.abort(new DOMException('Abandoned', 'AbortError'));
        if (shared.get(url) === current) shared.delete(url);
      }
      reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    current.promise.then(
      (value) => {
        if (done) return;
        leave();
        resolve(value);
      },
      (error: unknown) => {
        if (done) return;
        leave();
        reject(error);
      },
    );
  });
}

/** Forgets every fetched file (tests; a page that wants fresh data). */
export function clearFetchCache(): void {
  for (const entry of shared.values()) if (!entry.settled) entry.controller.abort();
  shared.clear();
}

/** Whether a fetched file is CSV: its content type, its path ending `.csv`, or `format="csv"`. */
export function isCsv(fetched: Fetched, format: string | undefined): boolean {
  if (format) return format.trim().toLowerCase() === 'csv';
  if (/\btext\/csv\b/.test(fetched.contentType)) return true;
  try {
    return new URL(fetched.url).pathname.toLowerCase().endsWith('.csv');
  } catch {
    return false;
  }
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/**
 * Parses JSON, ignoring a byte-order mark. An error names the line and column and says what was wrong in
 * plain words (trailing commas and comments are common in hand-edited files).
 */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const at = jsonErrorOffset(body);
    const where = lineColumn(body, at);
    let hint = '';
    const rest = body.slice(at);
    const prev = body.slice(0, at).trimEnd();
    if (/^\s*[}\]]/.test(rest) && prev.endsWith(',')) hint = ' (a comma before a closing bracket: remove it)';
    else if (/^\s*\/[/*]/.test(rest)) hint = ' (comments are not allowed in JSON)';
    else if (at >= body.trimEnd().length) hint = ' (the file ends too early: is it cut short?)';
    const reason = raw
      .replace(/\s*in JSON at position \d+.*$/, '')
      .replace(/,\s*".*" is not valid JSON$/s, '')
      .replace(/^JSON\.parse: /, '');
    return {
      ok: false,
      problem: {
        path: `line ${where.line}, column ${where.column}`,
        message: `is not valid JSON: ${reason}${hint}`,
      },
    };
  }
}

/**
 * Picks a part of a document by a dotted path of keys and array indexes (`inspection2010.rows.0`). Only own
 * keys are followed; `__proto__`, `constructor` and `prototype` never are.
 */
export function selectPath(
  doc: unknown,
  path: string,
): { ok: true; value: unknown; path: string } | { ok: false; problem: Problem } {
  let value = doc;
  let at = '';
  const steps = path.split('.').map((s) => s.trim());
  for (const step of steps) {
    if (step === '') continue;
    const fail = (message: string) => ({ ok: false as const, problem: { path: 'select', message } });
    if (FORBIDDEN_KEYS.has(step)) return fail(`${quote(step)} cannot be selected`);
    if (Array.isArray(value)) {
      if (!/^\d+$/.test(step) || Number(step) >= value.length) {
        return fail(
          `${at || 'the document'} is a list of ${value.length}: ${quote(step)} is not an index in it`,
        );
      }
      value = value[Number(step)];
      at = joinIndex(at, Number(step));
    } else if (isPlainObject(value)) {
      if (!Object.hasOwn(value, step)) {
        const keys = Object.keys(value).slice(0, 12);
        return fail(
          `there is no ${quote(step)} in ${at || 'the document'}${
            keys.length
              ? ` (it has ${listWords(
                  keys.map((k) => quote(k)),
                  'and',
                )})`
              : ''
          }`,
        );
      }
      value = value[step];
      at = joinKey(at, step);
    } else {
      return fail(`${at || 'the document'} is ${quote(value)}, so ${quote(step)} cannot be selected in it`);
    }
  }
  return { ok: true, value, path: at };
}

/** Picks the KPI whose `ref` matches (spaces and case aside) from `{ kpis: [...] }`. */
export type Picked =
  | { ok: true; value: unknown; path: string; problems?: Problem[] }
  | { ok: false; problem: Problem };

/**
 * Picks one KPI from a document: by `ref` (spaces and case aside) from `{ kpis: [...] }`; with no ref, the
 * only indicator of such a document, or the document itself when it is one indicator.
 */
export function pickRef(doc: unknown, ref: string | undefined, basePath: string): Picked {
  const kpisPath = joinKey(basePath, 'kpis');
  if (ref === undefined || ref.trim() === '') {
    if (!isPlainObject(doc) || !Array.isArray(doc.kpis)) return { ok: true, value: doc, path: basePath };
    if (doc.kpis.length === 1) return { ok: true, value: doc.kpis[0], path: joinIndex(kpisPath, 0) };
    return {
      ok: false,
      problem: {
        path: 'ref',
        message: `the data holds ${doc.kpis.length} indicators: say which with ref${refList(doc.kpis, '')}`,
      },
    };
  }
  const kpis = isPlainObject(doc) && Object.hasOwn(doc, 'kpis') ? doc.kpis : undefined;
  if (!Array.isArray(kpis)) {
    return {
      ok: false,
      problem: { path: 'ref', message: `${quote(ref)} cannot be picked: the data has no "kpis" list` },
    };
  }
  const want = normalise(ref);
  const index = kpis.findIndex(
    (k) => isPlainObject(k) && typeof k.ref === 'string' && normalise(k.ref) === want,
  );
  if (index < 0) {
    return {
      ok: false,
      problem: {
        path: 'ref',
        message: `${quote(ref)} is not an indicator in the data${refList(kpis, 'it has ')}`,
      },
    };
  }
  const first = joinIndex(kpisPath, index);
  const problems: Problem[] = [];
  kpis.forEach((k, i) => {
    if (i > index && isPlainObject(k) && typeof k.ref === 'string' && normalise(k.ref) === want) {
      problems.push({
        path: joinKey(joinIndex(kpisPath, i), 'ref'),
        message: `${quote(k.ref)} is also the ref of ${first}: the first is shown`,
      });
    }
  });
  return { ok: true, value: kpis[index], path: first, ...(problems.length ? { problems } : {}) };
}

/** ` (it has "NI 59", "NI 60" and …)`: the refs a document holds, for messages. */
function refList(kpis: unknown[], lead: string): string {
  const refs = kpis.flatMap((k) => (isPlainObject(k) && typeof k.ref === 'string' ? [quote(k.ref)] : []));
  if (refs.length === 0) return '';
  return ` (${lead}${listWords(refs.slice(0, 20), lead ? 'and' : 'or')}${refs.length > 20 ? ', …' : ''})`;
}

export type LocalSource =
  | { kind: 'json'; text: string; label: string }
  | { kind: 'csv'; sheet: Sheet; label: string }
  | { kind: 'table'; sheet: Sheet; label: string };

/**
 * Data given inside the element: a child `<script type="application/json">` or `<script type="text/csv">`
 * (the first one), else a child `<table>`.
 */
export function readLocalSource(host: Element): LocalSource | undefined {
  for (const child of Array.from(host.children)) {
    if (child instanceof HTMLScriptElement) {
      const type = child.type.trim().toLowerCase();
      if (type === 'application/json')
        return { kind: 'json', text: child.textContent ?? '', label: 'the inline JSON' };
      if (type === 'text/csv') {
        // Lines are dedented first: an inline script is usually indented with the page's HTML.
        const text = (child.textContent ?? '').replace(/^[ \t]+/gm, '');
        return { kind: 'csv', sheet: parseCsv(text), label: 'the inline CSV' };
      }
    }
  }
  const table = Array.from(host.children).find((c): c is HTMLTableElement => c instanceof HTMLTableElement);
  return table ? { kind: 'table', sheet: readTable(table), label: 'the table' } : undefined;
}
