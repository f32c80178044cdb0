/**
 * The lazy loader, `dist/inspection-kit-loader.js`: a page loads only the code of the widgets it uses. Paste
 * `<script type="module" src=".../inspection-kit-loader.js"></script>` instead of `inspection-kit.js`: it looks
 * for the kit's tags in the page, and in the open shadow roots it can see, and as each tag is first seen it
 * imports that widget's code (from `inspection-kit-chunks/` next to it), which defines the tag. Tags added later
 * (a CMS or a framework drawing the page) are seen as they are added. Each tag is asked for once; a tag already
 * defined (by `inspection-kit.js` on the same page, say) is left as it is.
 *
 * The loader declares no globals. A script that puts a widget into a shadow root it attaches after the widget
 * is on the page, where no observer can see it, can import `discover` from the loader and pass it that root.
 */

const WIDGETS: Readonly<Record<string, () => Promise<unknown>>> = {
  'ik-judgement-grid': () => import('./components/judgement-grid/define.js'),
  'ik-rag-matrix': () => import('./components/rag-matrix/define.js'),
  'ik-kpi-sparkline': () => import('./components/kpi-sparkline/define.js'),
  'ik-deadline-timeline': () => import('./components/deadline-timeline/define.js'),
};

const asked = new Set<string>();
const watched = new WeakSet<Node>();
const observer = new MutationObserver((records) => {
  for (const record of records)
    for (const node of record.addedNodes) if (node instanceof Element) discover(node);
});

function load(tag: string): void {
  if (asked.has(tag) || customElements.get(tag)) return;
  asked.add(tag);
  WIDGETS[tag]!().catch((error: unknown) => {
    // Asked for again when the tag is next seen (a page that was offline for a moment).
    asked.delete(tag);
    console.error(`Inspection Kit could not load the code of <${tag}>: ${String(error)}`);
  });
}

function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  observer.observe(root, { childList: true, subtree: true });
  discover(root);
}

function visit(element: Element): void {
  const tag = element.localName;
  if (Object.hasOwn(WIDGETS, tag)) load(tag);
  // A widget's own shadow root holds no widgets: only the page's other elements' roots are watched.
  else if (element.shadowRoot) watch(element.shadowRoot);
}

/** Loads every kit tag in `root` (an element with what it holds, a shadow root or a document) and watches. */
export function discover(root: Element | ShadowRoot | Document): void {
  if (root instanceof Element) {
    visit(root);
    // A widget's own children are its data (a table, inline JSON), not more widgets.
    if (Object.hasOwn(WIDGETS, root.localName)) return;
  } else if (!watched.has(root)) {
    watch(root);
    return;
  }
  for (const element of root.querySelectorAll('*')) visit(element);
}

watch(document);
