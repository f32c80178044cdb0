/**
 * The page's shared fetches (docs/reference.md §2.2): one fetch per URL for every widget on the page;
 * failures never cached; each caller can abandon its request (the fetch itself stops when no one waits for
 * it); the timeout.
 */
import { FetchError, type Fetched, fetchOnce, LOAD_LIMITS } from './fetch.js';

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
