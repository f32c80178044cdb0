/**
 * The embed page (docs/reference.md §2.5) for CMSs that strip scripts:
 * `embed.html?widget=kpi-sparkline&src=…&ref=NI%2059` renders one widget, sized to its content, and tells the
 * page around the <iframe> its height: `{ type: 'ik-embed-height', height, widget, id }` through postMessage
 * whenever it changes.
 *
 * It is not an open renderer: it draws data from its own site only, and from the other sites listed where it
 * is deployed, in `<meta name="ik-allowed-origins" content="https://data.example.gov.uk …">` in embed.html (an
 * editor can change that line and upload the page again; no build, no inline script). Its height goes only to
 * a page around it on the same site or on one of those sites, never to any page (`"*"`).
 */
import { checkFetchedOrigins } from '../src/core/load/fetch.js';
import { isWidgetName, WIDGET_NAMES, widgetAttributes } from '../src/widgets.js';
import {
  ALLOWED_ORIGINS_META,
  allowedOrigins,
  heightTargets,
  redirectProblem,
  srcProblem,
} from './embed-origins.js';

/** Passed on to every widget, before its own attributes (read from the widget's option specs). */
const COMMON = ['src', 'select', 'format', 'lang', 'locale', 'id'];

/** The origin of the page around the frame, when the browser tells it (undefined when it is not framed). */
function parentOrigin(): string | undefined {
  if (window.parent === window) return undefined;
  const ancestor = location.ancestorOrigins?.[0];
  if (ancestor) return ancestor;
  try {
    return document.referrer ? new URL(document.referrer).origin : undefined;
  } catch {
    return undefined;
  }
}

const main = document.getElementById('embed')!;
const params = new URLSearchParams(location.search);
const listed = document.querySelector<HTMLMetaElement>(`meta[name="${ALLOWED_ORIGINS_META}"]`)?.content ?? '';
const { origins, problems } = allowedOrigins(listed, location.origin);
const widget = params.get('widget') ?? '';
if (!isWidgetName(widget)) {
  problems.push(
    `In the embed address, widget: ${widget ? `"${widget}" is not a widget` : 'is missing'}: use ${WIDGET_NAMES.join(', ')}`,
  );
}
const src = params.get('src');
const refused = srcProblem(src, location.href, origins);
if (refused) problems.push(refused);
const allowed = new Set([...COMMON, 'widget', ...(isWidgetName(widget) ? widgetAttributes(widget) : [])]);
for (const key of params.keys()) {
  if (!allowed.has(key))
    problems.push(
      `In the embed address, ${key}: is not a setting of this widget: use ${[...allowed].join(', ')}, or remove it`,
    );
}

/**
 * Where the height goes: the page around the frame, if it is on this site or an allowed one. When the browser
 * does not say which page that is, each allowed site is tried (the browser delivers to the one it is, if any).
 */
const parent = parentOrigin();
const targets = heightTargets(window.parent !== window, parent, origins);
if (parent && !origins.has(parent))
  console.warn(
    `Inspection Kit embed page: the page around this frame is on ${parent}, which is not this site or in the ${ALLOWED_ORIGINS_META} line of embed.html, so it is not told the widget's height: add ${parent} to that line to size the frame to the widget.`,
  );

function post(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  for (const target of targets)
    window.parent.postMessage({ type: 'ik-embed-height', height, widget, id: params.get('id') }, target);
}

/** The frame's own message in place of the widget: what is wrong with the embed address or its page. */
function showProblems(list: readonly string[]): void {
  const box = document.createElement('div');
  box.className = 'embed-error';
  box.setAttribute('role', 'alert');
  const p = document.createElement('p');
  p.textContent = 'This embedded widget cannot be shown:';
  const ul = document.createElement('ul');
  for (const problem of list) {
    const li = document.createElement('li');
    li.textContent = problem;
    ul.append(li);
  }
  box.append(p, ul);
  main.replaceChildren(box);
}

if (problems.length) {
  showProblems(problems);
} else {
  // A src on an allowed site whose server sends the request on to a site that is not allowed is refused as a
  // src on that site would be: the answer is not read, and the frame says so in place of the widget.
  checkFetchedOrigins((url) => {
    const refusedThere = redirectProblem(src ?? '', url, location.href, origins);
    if (refusedThere) showProblems([refusedThere]);
    return refusedThere;
  });
  const el = document.createElement(`ik-${widget}`);
  for (const key of allowed) {
    if (key === 'widget' || key === 'id') continue;
    const value = params.get(key);
    if (value !== null) el.setAttribute(key, value);
  }
  // The embed page is a document of its own, and the widget is all of it: its title is the page's main heading
  // (level 1) unless the address asks for another level, and the page's title once the data has loaded.
  if (!el.hasAttribute('heading-level')) el.setAttribute('heading-level', '1');
  el.addEventListener('ik-load', () => {
    const title = el.shadowRoot?.querySelector('.title')?.textContent?.trim();
    if (title) document.title = `${title} (Inspection Kit)`;
  });
  main.append(el);
}
new ResizeObserver(post).observe(document.documentElement);
post();
