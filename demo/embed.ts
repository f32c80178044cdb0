/**
 * The embed page (docs/reference.md §2.5) for CMSs that strip scripts:
 * `embed.html?widget=kpi-sparkline&src=…&ref=NI%2059` renders one widget, sized to its content, and tells the
 * page around the <iframe> its height: `{ type: 'ik-embed-height', height, widget, id }` through postMessage
 * whenever it changes.
 */
import { checkUrl } from '../src/core/load/url.js';
import { isWidgetName, WIDGET_NAMES, widgetAttributes } from '../src/widgets.js';

/** Passed on to every widget, before its own attributes (read from the widget's option specs). */
const COMMON = ['src', 'select', 'format', 'lang', 'locale', 'id'];

const main = document.getElementById('embed')!;
const params = new URLSearchParams(location.search);
const problems: string[] = [];
const widget = params.get('widget') ?? '';
if (!isWidgetName(widget)) {
  problems.push(
    `In the embed address, widget: ${widget ? `"${widget}" is not a widget` : 'is missing'}: use ${WIDGET_NAMES.join(', ')}`,
  );
}
const src = params.get('src');
if (!src) problems.push('In the embed address, src: is missing: give the address of a JSON or CSV file');
else {
  const checked = checkUrl(src, location.href);
  if (!checked.ok) problems.push(`In the embed address, src: ${checked.message}`);
}
const allowed = new Set([...COMMON, 'widget', ...(isWidgetName(widget) ? widgetAttributes(widget) : [])]);
for (const key of params.keys()) {
  if (!allowed.has(key))
    problems.push(
      `In the embed address, ${key}: is not a setting of this widget: use ${[...allowed].join(', ')}, or remove it`,
    );
}

function post(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  window.parent?.postMessage({ type: 'ik-embed-height', height, widget, id: params.get('id') }, '*');
}

if (problems.length) {
  const box = document.createElement('div');
  box.className = 'embed-error';
  box.setAttribute('role', 'alert');
  const p = document.createElement('p');
  p.textContent = 'This embedded widget cannot be shown:';
  const ul = document.createElement('ul');
  for (const problem of problems) {
    const li = document.createElement('li');
    li.textContent = problem;
    ul.append(li);
  }
  box.append(p, ul);
  main.append(box);
} else {
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
