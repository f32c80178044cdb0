/**
 * axe with the rules issue #14 holds the kit to: WCAG 2.0, 2.1 and 2.2 A and AA plus axe's best practices, on an
 * element or on a whole document (a demo page in an iframe gets its own copy of axe). `to.be.accessible()` of
 * @open-wc/testing takes only `ignoredRules`, so this calls axe-core itself with `runOnly`.
 *
 * The widths are the issue's: 1280 px (a desktop), 640 px (a narrow window or 200% zoom) and 320 px (400% zoom,
 * WCAG 1.4.10). Tests set them with setViewport and put back DEFAULT_VIEWPORT in an afterEach.
 */
import 'axe-core/axe.min.js';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';

type Axe = typeof import('axe-core');
type WithAxe = Window & { axe?: Axe };

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
export const WIDTHS = [1280, 640, 320] as const;
/** The page size the test runner starts with (puppeteer's default). */
export const DEFAULT_VIEWPORT = { width: 800, height: 600 };
export const viewportOf = (width: number) => ({ width, height: width === 320 ? 640 : 800 });

const OPTIONS: RunOptions = { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] };

/** axe-core's own file, as this page's modules load it (a frame is given its text to run). */
const AXE_FILE = '/node_modules/axe-core/axe.min.js';
let axeText: Promise<string> | undefined;

/** The axe of a window, put into it first if it has none (a demo page in an iframe). */
async function axeOf(win: WithAxe): Promise<Axe> {
  if (!win.axe) {
    axeText ??= fetch(AXE_FILE).then((r) => {
      if (!r.ok) throw new Error(`${AXE_FILE}: ${r.status}`);
      return r.text();
    });
    const script = win.document.createElement('script');
    script.textContent = await axeText;
    win.document.head.append(script);
  }
  if (!win.axe) throw new Error('axe did not load in the frame');
  return win.axe;
}

/** One line a failing node: `rule-id (impact): target — help`. */
export function violationLines(results: AxeResults): string[] {
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? 'no impact'}): ${n.target.join(' ')} — ${v.help}`),
  );
}

/** The violations axe finds in an element or a document, one line a node. */
export async function axeViolations(context: Element | Document, win: Window = window): Promise<string[]> {
  const results = await (await axeOf(win)).run(context as ElementContext, OPTIONS);
  return violationLines(results);
}

export async function expectNoAxeViolations(
  context: Element | Document,
  win: Window = window,
): Promise<void> {
  const found = await axeViolations(context, win);
  if (found.length) throw new Error(`axe (${AXE_TAGS.join(', ')}) found:\n${found.join('\n')}`);
}
