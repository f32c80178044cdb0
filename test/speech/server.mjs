/**
 * Server side of the speech tests (test/setup/speech.ts): the accessibility tree Chromium builds for one element,
 * read over the DevTools protocol (it goes through open shadow roots, and keeps descriptions and live-region
 * properties), and whether this run rewrites the expectation files (`UPDATE_SPEECH=1`).
 */
const sessions = new WeakMap();

async function cdp(page) {
  if (!sessions.has(page)) {
    sessions.set(
      page,
      page.createCDPSession().then(async (client) => {
        await client.send('DOM.enable');
        await client.send('Accessibility.enable');
        return client;
      }),
    );
  }
  return sessions.get(page);
}

/** Where an accessible name came from: its own contents, a related element (label, caption, aria-labelledby) or an attribute. */
function nameFrom(name) {
  const used = (name?.sources ?? []).find((s) => s.value && !s.superseded);
  if (!used) return undefined;
  if (used.type === 'contents') return 'contents';
  if (used.type === 'relatedElement' || used.attribute === 'aria-labelledby') return 'related';
  return used.attribute ?? used.type;
}

function serialise(node, byId) {
  const props = {};
  for (const p of node.properties ?? []) props[p.name] = p.value?.value;
  return {
    role: node.ignored ? 'Ignored' : (node.role?.value ?? 'Unknown'),
    name: node.name?.value ?? '',
    nameFrom: nameFrom(node.name),
    description: node.description?.value ?? '',
    value: node.value?.value === undefined ? '' : String(node.value.value),
    props,
    children: (node.childIds ?? [])
      .map((id) => byId.get(id))
      .filter(Boolean)
      .map((c) => serialise(c, byId)),
  };
}

export function speechPlugin() {
  return {
    name: 'speech-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'speech-update') return process.env.UPDATE_SPEECH === '1';
      if (command !== 'speech-tree') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error('speech-tree needs Chromium through puppeteer');
      const page = session.browser.getPage(session.id);
      const client = await cdp(page);
      const { root } = await client.send('DOM.getDocument', { depth: 0 });
      const { nodeId } = await client.send('DOM.querySelector', {
        nodeId: root.nodeId,
        selector: payload.selector,
      });
      if (!nodeId) throw new Error(`speech-tree: nothing matches ${payload.selector}`);
      // Every DOM node inside the element, through shadow roots: an inline host may have no node of its own in
      // the accessibility tree, so the tree read is that of the topmost nodes inside it.
      const { node } = await client.send('DOM.describeNode', { nodeId, depth: -1, pierce: true });
      const inside = new Set();
      const collect = (n) => {
        inside.add(n.backendNodeId);
        for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) collect(c);
      };
      collect(node);
      const { nodes } = await client.send('Accessibility.getFullAXTree', {});
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const start = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
      if (start) return serialise(start, byId);
      const top = nodes.filter(
        (n) => inside.has(n.backendDOMNodeId) && !inside.has(byId.get(n.parentId)?.backendDOMNodeId),
      );
      if (!top.length)
        throw new Error(`speech-tree: nothing of ${payload.selector} is in the accessibility tree`);
      return {
        role: 'Ignored',
        name: '',
        description: '',
        value: '',
        props: {},
        children: top.map((n) => serialise(n, byId)),
      };
    },
  };
}
