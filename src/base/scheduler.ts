/**
 * Time-slicing for widget updates: a page of 500 sparklines, or one large grid drawn in parts, never keeps the
 * main thread for long. Work runs at once while the current slice has time left (so a single update stays
 * immediate); after that it waits for the next task, where the queue is drained in slices of BUDGET_MS (50 ms: with the drawing that follows a slice, a task stays well under 200 ms; longer slices draw between fewer of them).
 */
const BUDGET_MS = 50;

const queue: (() => void)[] = [];
let sliceStart = -1;
let draining = false;
const channel = typeof MessageChannel === 'undefined' ? undefined : new MessageChannel();

function next(): void {
  if (channel) channel.port2.postMessage(0);
  else setTimeout(drain, 0);
}

function drain(): void {
  const start = performance.now();
  while (queue.length > 0 && performance.now() - start < BUDGET_MS) queue.shift()!();
  if (queue.length > 0) next();
  else {
    draining = false;
    sliceStart = -1;
  }
}
if (channel) channel.port1.onmessage = drain;

/** Runs `work` now if the slice has room, else in a later task; resolves when it has run. */
export function schedule(work: () => void): Promise<void> | undefined {
  const now = performance.now();
  if (!draining) {
    if (sliceStart < 0) {
      sliceStart = now;
      // The slice ends with the current task.
      setTimeout(() => {
        if (!draining) sliceStart = -1;
      }, 0);
    }
    if (now - sliceStart < BUDGET_MS) {
      work();
      return undefined;
    }
    draining = true;
    next();
  }
  return new Promise((resolve) => {
    queue.push(() => {
      work();
      resolve();
    });
  });
}

/**
 * Resolves in the first task after the next frame has been drawn: a view drawn in parts draws one part per
 * frame, so that each frame styles, lays out and paints one part (about CELLS_PER_PART cells), never the
 * several parts a slice of script had time for. A hidden page draws no frames: there it resolves in the next
 * task (and at once if the page is hidden while it waits).
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const doc = typeof document === 'undefined' ? undefined : document;
    if (!doc || doc.visibilityState === 'hidden' || typeof requestAnimationFrame !== 'function') {
      void nextTask().then(resolve);
      return;
    }
    let done = false;
    const go = (): void => {
      if (done) return;
      done = true;
      doc.removeEventListener('visibilitychange', go);
      void nextTask().then(resolve);
    };
    doc.addEventListener('visibilitychange', go);
    requestAnimationFrame(go);
  });
}

/** Resolves in a later task: what follows starts a task of its own, after the browser has had its turn. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
