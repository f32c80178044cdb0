/**
 * What a screen reader hears, under test. `speechOf(el)` reads the accessibility tree Chromium builds for an
 * element (through open shadow roots, over the DevTools protocol: test/speech/server.mjs) and reduces it to the
 * spoken sequence, one node a line, indented by nesting:
 *
 *   grid "Ofsted inspection… Leeds" described by "…"
 *     row header "Overall effectiveness"
 *     grid cell "Inadequate (4)" described by "…"
 *     button "Quality of Provision" [expanded]
 *
 * Kept: role, name, value, description, and the states a listener hears (expanded, pressed, selected, checked,
 * disabled, level, live, atomic, busy, invalid, required, read-only, has-popup, role description). Dropped: ids,
 * coordinates, the test server's address (written <origin>), list bullets, relations, focus (it moves between
 * runs), wrappers that say nothing (generic, none, row groups, ignored nodes), text already spoken as the name
 * of the node that holds it, and a row's name made of its cells' words (screen readers read the cells).
 *
 * `expectSpeech(el, 'grid-ready')` compares the lines with expected/grid-ready.txt beside the calling test file
 * (test/speech/expected/ for test/speech/*.test.ts) and fails with a line diff; `UPDATE_SPEECH=1` (`npm run
 * test:speech:update`) rewrites the files instead. `repeatedSpeech(nodes)` lists what would be said twice,
 * `symbolsReadAloud(nodes)` the symbols a screen reader reads out by name ("·" as "dot").
 */
import { executeServerCommand, readFile, writeFile } from '@web/test-runner-commands';

/** A node as the server reads it from Chromium. */
export interface AxNode {
  role: string;
  name: string;
  /** 'contents', 'related' (label, caption, aria-labelledby), or the attribute it came from. */
  nameFrom?: string;
  description: string;
  value: string;
  props: Record<string, unknown>;
  children: AxNode[];
}

/** A node a listener hears. */
export interface SpeechNode {
  role: string;
  name: string;
  nameFrom?: string;
  description: string;
  value: string;
  states: string[];
  children: SpeechNode[];
}

const ROLE_WORDS: Record<string, string> = {
  StaticText: 'text',
  rowheader: 'row header',
  columnheader: 'column header',
  gridcell: 'grid cell',
  listitem: 'list item',
  RootWebArea: 'document',
  image: 'image',
  img: 'image',
  treeitem: 'tree item',
  menuitem: 'menu item',
  listbox: 'list box',
  combobox: 'combo box',
  spinbutton: 'spin button',
  tabpanel: 'tab panel',
  tablist: 'tab list',
  radiogroup: 'radio group',
  LabelText: 'label',
  DescriptionList: 'description list',
  SvgRoot: 'svg',
};
/** Wrappers a screen reader does not announce: their children take their place. */
const WRAPPERS = new Set(['Ignored', 'generic', 'none', 'presentation', 'rowgroup', 'Section', 'Unknown']);
/** Nodes that carry nothing spoken of their own. */
const DROPPED = new Set(['InlineTextBox', 'LineBreak', 'ListMarker']);

/** The test server's address (its port changes from run to run) is written as <origin>. */
const origin = globalThis.location?.origin ?? '';
const squash = (s: string) => (origin ? s.replaceAll(origin, '<origin>') : s).replace(/\s+/g, ' ').trim();

function states(role: string, p: Record<string, unknown>): string[] {
  const out: string[] = [];
  const tri = (v: unknown, yes: string, no: string, mixed: string) =>
    v === 'mixed' ? mixed : v === true || v === 'true' ? yes : no;
  if ('expanded' in p) out.push(p.expanded ? '[expanded]' : '[collapsed]');
  if ('pressed' in p) out.push(`[${tri(p.pressed, 'pressed', 'not pressed', 'partly pressed')}]`);
  if ('checked' in p) out.push(`[${tri(p.checked, 'checked', 'not checked', 'partly checked')}]`);
  if ('selected' in p) out.push(p.selected ? '[selected]' : '[not selected]');
  for (const flag of [
    'disabled',
    'required',
    'readonly',
    'busy',
    'atomic',
    'modal',
    'multiselectable',
  ] as const)
    if (p[flag] === true) out.push(`[${flag === 'readonly' ? 'read only' : flag}]`);
  if (p.invalid && p.invalid !== 'false') out.push(`invalid=${String(p.invalid)}`);
  const level = Number(p.level);
  if (level && (role !== 'listitem' || level > 1)) out.push(`level=${level}`);
  if (p.haspopup && p.haspopup !== 'false') out.push(`haspopup=${String(p.haspopup)}`);
  if (p.live && p.live !== 'off') out.push(`live=${String(p.live)}`);
  if (p.live && p.live !== 'off' && p.relevant && p.relevant !== 'additions text')
    out.push(`relevant="${String(p.relevant)}"`);
  if (p.roledescription) out.push(`roledescription="${squash(String(p.roledescription))}"`);
  if (p.valuetext) out.push(`valuetext="${squash(String(p.valuetext))}"`);
  if (p.keyshortcuts) out.push(`keyshortcuts="${String(p.keyshortcuts)}"`);
  return out;
}

/**
 * The spoken nodes of a tree. `spokenAs` is the name of the nearest node whose name came from its contents: text
 * inside it is already said as that name.
 */
export function reduce(node: AxNode, spokenAs = ''): SpeechNode[] {
  if (DROPPED.has(node.role)) return [];
  const name = squash(node.name);
  const description = squash(node.description);
  const st = states(node.role, node.props);
  const wrapper =
    WRAPPERS.has(node.role) && (node.role === 'Ignored' || (!name && !description && st.length === 0));
  if (node.role === 'StaticText') {
    if (!name || spokenAs?.includes(name)) return [];
    return [{ role: 'text', name, description: '', value: '', states: [], children: [] }];
  }
  const inner = !wrapper && node.nameFrom === 'contents' && name ? name : spokenAs;
  const children = node.children.flatMap((c) => reduce(c, inner));
  if (wrapper) return children;
  return [
    {
      role: ROLE_WORDS[node.role] ?? node.role,
      // A row's name from its contents is its cells' words run together: screen readers say the cells instead.
      name: node.role === 'row' && node.nameFrom === 'contents' ? '' : name,
      nameFrom: node.nameFrom,
      description,
      value: squash(node.value),
      states: st,
      children,
    },
  ];
}

const quote = (s: string) => `"${s}"`;

/** One line a node, indented two spaces a level. */
export function speechLines(nodes: SpeechNode[], depth = 0): string[] {
  return nodes.flatMap((n) => {
    let line = `${'  '.repeat(depth)}${n.role}`;
    if (n.name) line += ` ${quote(n.name)}`;
    if (n.value) line += ` = ${quote(n.value)}`;
    if (n.description) line += ` described by ${quote(n.description)}`;
    if (n.states.length) line += ` ${n.states.join(' ')}`;
    return [line, ...speechLines(n.children, depth + 1)];
  });
}

/** The spoken nodes inside an element (the element itself first, unless it is a wrapper). */
export async function speechOf(el: Element): Promise<SpeechNode[]> {
  el.setAttribute('data-speech-target', '');
  try {
    const tree = await executeServerCommand<AxNode, { selector: string }>('speech-tree', {
      selector: '[data-speech-target]',
    });
    return reduce(tree);
  } finally {
    el.removeAttribute('data-speech-target');
  }
}

/**
 * What a listener would hear twice: a node whose description repeats its name (or is already part of it); a node
 * whose name (set by an attribute, not by a label or the contents it holds) is said again by its child; a name
 * that says the same words twice in a row ("Collapse Leadership Leadership"); the same text twice in a row.
 */
export function repeatedSpeech(nodes: SpeechNode[], path: string[] = []): string[] {
  const found: string[] = [];
  const short = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);
  const where = (n: SpeechNode) => [...path, `${n.role}${n.name ? ` "${short(n.name)}"` : ''}`].join(' > ');
  nodes.forEach((n, i) => {
    if (n.name && n.description && n.name === n.description)
      found.push(`${where(n)}: the description repeats the name`);
    else if (n.name && n.description && n.name.includes(n.description))
      found.push(`${where(n)}: the description is already said in the name`);
    const twice = /(?:^|\s)(\S.{3,}?)\s+\1(?:\s|$)/.exec(n.name);
    if (twice) found.push(`${where(n)}: the name says "${short(twice[1]!)}" twice`);
    if (n.name && n.nameFrom !== 'contents' && n.nameFrom !== 'related')
      for (const c of n.children)
        if (c.name === n.name) found.push(`${where(n)}: its ${c.role} says the name again`);
    const prev = nodes[i - 1];
    if (n.role === 'text' && prev?.role === 'text' && prev.name === n.name)
      found.push(`${where(n)}: said twice in a row`);
    found.push(...repeatedSpeech(n.children, [...path, where(n).split(' > ').at(-1)!]));
  });
  return found;
}

/** Symbols screen readers say by their names ("dot", "bullet", "up arrow") where a word or a comma would do. */
const SAID_BY_NAME = /[·•◦▪→←↑↓▲▼►◄]/u;

/** Every node whose name, description or value holds such a symbol. */
export function symbolsReadAloud(nodes: SpeechNode[], path: string[] = []): string[] {
  return nodes.flatMap((n) => {
    const here = `${n.role}${n.name ? ` "${n.name.length > 60 ? `${n.name.slice(0, 59)}…` : n.name}"` : ''}`;
    const symbol = SAID_BY_NAME.exec(`${n.name} ${n.description} ${n.value}`)?.[0];
    return [
      ...(symbol ? [`${[...path, here].join(' > ')}: "${symbol}" is read out by its name`] : []),
      ...symbolsReadAloud(n.children, [...path, here]),
    ];
  });
}

export function expectNoRepeatedSpeech(nodes: SpeechNode[]): void {
  const found = repeatedSpeech(nodes);
  if (found.length) throw new Error(`Speech said twice:\n  ${found.join('\n  ')}`);
}

/** A line diff (longest common subsequence): '-' expected only, '+' spoken now, two lines of context. */
export function lineDiff(expected: string[], actual: string[]): string {
  const n = expected.length;
  const m = actual.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] =
        expected[i] === actual[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const ops: [' ' | '-' | '+', string][] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && expected[i] === actual[j]) {
      ops.push([' ', expected[i++]!]);
      j++;
    } else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) ops.push(['-', expected[i++]!]);
    else ops.push(['+', actual[j++]!]);
  }
  const near = (k: number) => ops.slice(Math.max(0, k - 2), k + 3).some(([op]) => op !== ' ');
  const out: string[] = [];
  ops.forEach(([op, line], k) => {
    if (near(k)) out.push(`${op} ${line}`);
    else if (out.at(-1) !== '  …') out.push('  …');
  });
  return out.join('\n');
}

let updating: Promise<boolean> | undefined;

/**
 * Fails, with a diff, when `text` differs from test/speech/expected/`name`.txt; with `UPDATE_SPEECH=1` writes
 * the file instead. `what` names what changed in the failure ("What a screen reader hears").
 */
export async function expectText(text: string, name: string, what = 'The text'): Promise<void> {
  const path = `expected/${name}.txt`;
  updating ??= executeServerCommand<boolean, undefined>('speech-update');
  if (await updating) {
    await writeFile({ path, content: text });
    return;
  }
  const expected = await readFile({ path });
  if (expected === undefined)
    throw new Error(`No test/speech/${path}: run UPDATE_SPEECH=1 npm run test:browser, then read the file`);
  if (expected !== text)
    throw new Error(
      `${what} changed (test/speech/${path}; if intended, UPDATE_SPEECH=1 npm run test:browser and review the diff; - pinned, + now):\n${lineDiff(expected.trimEnd().split('\n'), text.trimEnd().split('\n'))}`,
    );
}

/**
 * Fails, with a diff, when what is spoken inside `el` differs from test/speech/expected/`name`.txt; with
 * `UPDATE_SPEECH=1` writes the file instead. Returns the spoken nodes.
 */
export async function expectSpeech(el: Element, name: string): Promise<SpeechNode[]> {
  const nodes = await speechOf(el);
  await expectText(`${speechLines(nodes).join('\n')}\n`, name, 'What a screen reader hears');
  return nodes;
}
