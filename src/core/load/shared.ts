/**
 * The page's shared fetches (docs/reference.md §2.2): one fetch per URL for every widget on the page; each
 * caller holds its answer for as long as it uses it, and the answer is forgotten once no caller holds it (the
 * browser's HTTP cache does the rest); failures never kept; a request that no one waits for any more is
 * stopped; the timeout, which counts silence, not length.
 */
import { t } from '../i18n/index.js';
import { type Fetched, fetchFailed, fetchOnce, LOAD_LIMITS } from './fetch.js';

interface Entry {
  controller: AbortController;
  promise: Promise<Fetched>;
  /** The callers holding the entry: waiting for the answer, or still using it. */
  holders: number;
  settled: boolean;
}

const shared = new Map<string, Entry>();

/** How many fetches have started since the page loaded (for tests and the demo's "fetched once" check). */
export const fetchStats = { started: 0 };

/** The URLs whose requests or answers are kept now (tests: nothing is kept for a URL no widget uses). */
export function cachedUrls(): string[] {
  return [...shared.keys()];
}

/**
 * Aborts `controller` once the connection has sent nothing for `LOAD_LIMITS.timeoutMs`: before its answer
 * begins, or between two parts of it. Returns `heard` (call it whenever something arrives) and `stop`.
 */
function silenceTimer(controller: AbortController, url: string): { heard: () => void; stop: () => void } {
  const limit = LOAD_LIMITS.timeoutMs;
  let last = performance.now();
  const check = () => {
    const quiet = performance.now() - last;
    if (quiet < limit) {
      timer = setTimeout(check, limit - quiet);
      return;
    }
    const seconds = String(Math.round(limit / 1000));
    controller.abort(fetchFailed((l) => t(l, 'fetch.timeout', { seconds }), url));
  };
  let timer = setTimeout(check, limit);
  return {
    heard: () => {
      last = performance.now();
    },
    stop: () => clearTimeout(timer),
  };
}

/**
 * Fetches a URL once for every caller on the page. The caller holds the answer until its `signal` aborts: a
 * widget aborts it when it is removed or loads something else. An answer no one holds is forgotten, and a
 * request no one holds is aborted; failures are forgotten at once, so a retry fetches again.
 */
export function fetchShared(url: string, signal: AbortSignal): Promise<Fetched> {
  let entry = shared.get(url);
  if (!entry) {
    const controller = new AbortController();
    const timer = silenceTimer(controller, url);
    fetchStats.started++;
    const created: Entry = { controller, holders: 0, settled: false, promise: Promise.resolve() as never };
    created.promise = fetchOnce(url, controller.signal, timer.heard).then(
      (value) => {
        timer.stop();
        created.settled = true;
        return value;
      },
      (error: unknown) => {
        timer.stop();
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
  current.holders++;
  return new Promise<Fetched>((resolve, reject) => {
    let settled = false;
    const onAbort = () => {
      current.holders--;
      if (current.holders === 0) {
        if (!current.settled) current.controller.abort(new DOMException('Abandoned', 'AbortError'));
        if (shared.get(url) === current) shared.delete(url);
      }
      if (!settled) {
        settled = true;
        reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
      }
    };
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    current.promise.then(
      (value) => {
        if (settled) return;
        settled = true;
        resolve(value);
      },
      (error: unknown) => {
        if (settled) return;
        settled = true;
        // A failure is not held: the entry is gone already.
        signal.removeEventListener('abort', onAbort);
        current.holders--;
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
