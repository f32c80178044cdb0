/**
 * Every test, in Node and in the browser, fails on a console warning or error it did not declare with
 * `expectConsole(/pattern/)`. Lit's dev warnings go through console.warn, so they count too. Loaded for every
 * test file by the runners themselves (web-test-runner's `testRunnerHtml`, mocha's `.mocharc.json`), so a new
 * test file cannot forget it.
 */

/** Messages that may appear in any test, printed or not. */
const ALWAYS_ALLOWED: readonly RegExp[] = [
  // Lit's notice in every page that loads its development build.
  /^Lit is in dev mode\. Not recommended for production!/,
];

const LEVELS = ['warn', 'error'] as const;
type Level = (typeof LEVELS)[number];

interface Entry {
  level: Level;
  text: string;
}

/** What was logged and not yet checked (it may come from the end of the test before). */
let logged: Entry[] = [];
/** What the running test declared it expects. */
let expected: RegExp[] = [];
let installed = false;

function textOf(args: readonly unknown[]): string {
  return args
    .map((a) => {
      if (typeof a === 'string') return a;
      if (a instanceof Error) return `${a.name}: ${a.message}`;
      try {
        return JSON.stringify(a) ?? String(a);
      } catch {
        return String(a);
      }
    })
    .join(' ');
}

/**
 * Declares that the running test logs a warning or error matching `pattern` (at least once): it is then
 * neither printed nor a failure. A declared message that never comes fails the test too.
 */
export function expectConsole(pattern: RegExp): void {
  expected.push(pattern);
}

/** Replaces console.warn and console.error with recorders, once; the always-allowed messages are dropped. */
export function recordConsole(): void {
  if (installed) return;
  installed = true;
  for (const level of LEVELS) {
    console[level] = (...args: unknown[]) => {
      const text = textOf(args);
      if (!ALWAYS_ALLOWED.some((p) => p.test(text))) logged.push({ level, text });
    };
  }
}

/** Throws, naming them, if anything was logged that the running test did not declare, or a declared one never came. */
function verify(): void {
  const entries = logged;
  const patterns = expected;
  logged = [];
  expected = [];
  const unexpected = entries.filter((e) => !patterns.some((p) => p.test(e.text)));
  const missing = patterns.filter((p) => !entries.some((e) => p.test(e.text)));
  const lines = [
    ...unexpected.map((e) => `unexpected console.${e.level}: ${e.text}`),
    ...missing.map((p) => `expected a console warning or error matching ${p}; none came`),
  ];
  if (lines.length) throw new Error(lines.join('\n'));
}

type TestFn = (this: Mocha.Context) => unknown;

/**
 * Root hooks for mocha: each test (not taking `done`) is wrapped so that it fails itself, with the messages,
 * when it logs what it did not declare. Anything logged after a test ended is charged to the next one; what
 * is left at the very end fails the run.
 */
export const consoleHooks = {
  beforeEach(this: Mocha.Context): void {
    recordConsole();
    expected = [];
    const test = this.currentTest;
    const fn = test?.fn as TestFn | undefined;
    if (!test || !fn || fn.length > 0) return;
    test.fn = function (this: Mocha.Context) {
      const result = fn.call(this);
      if (result instanceof Promise) return result.then(() => verify());
      verify();
      return result;
    };
  },
  afterEach(this: Mocha.Context): void {
    // Tests taking `done` are not wrapped: they are checked here, as a failing hook.
    const fn = this.currentTest?.fn;
    if (fn && fn.length > 0 && this.currentTest?.state === 'passed') verify();
  },
  afterAll(): void {
    verify();
  },
};
