// Build-only transforms for the editors' bundles (dist/inspection-kit.js and the lazy loader's chunks), run on
// the kit's own modules after TypeScript is compiled. The developer entries (dist/index.js, dist/core.js …) are
// built without them: they export the schema readers whole.
//
// - stripSchemaDocs: the schema readers' `description`s and `toJson()`s are what `npm run build` writes the JSON
//   Schemas in schemas/ from (src/core/schemas.ts); no widget reads them. They stay in the one definition in
//   src/core, and this drops every object property named `description` or `toJson` from the kit's modules in
//   these bundles (the build fails if any is left, or if the widgets' code reads one).
// - minifyCssTemplates: whitespace and comments out of every `css` template literal (scripts/minify-css.mjs).
// - withoutWelsh: the English-only bundle (dist/inspection-kit-en.js): the Welsh catalogue (src/core/i18n/cy.ts,
//   which gathers the Welsh of every area) is empty, so no Welsh word is bundled and `lang="cy"` falls back to
//   British English as any language without a catalogue does (a council can still registerTranslation('cy', …)).
import { minifyCssPart, newCssState } from './minify-css.mjs';

const STRIPPED = new Set(['description', 'toJson']);
const KIT = /[\\/]src[\\/].*\.ts$/;

/** Every node of an ESTree tree, depth first, with its parent. */
function walk(node, visit, parent = undefined) {
  if (!node || typeof node.type !== 'string') return;
  if (visit(node, parent) === false) return;
  for (const key of Object.keys(node)) {
    if (key === 'parent') continue;
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit, node);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit, node);
  }
}

const keyName = (p) =>
  p.computed
    ? undefined
    : p.key.type === 'Identifier'
      ? p.key.name
      : p.key.type === 'Literal'
        ? p.key.value
        : undefined;

/** Applies [start, end, text] edits (not overlapping) to `code`. */
function applyEdits(code, edits) {
  let out = code;
  for (const [start, end, text] of [...edits].sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}

export function stripSchemaDocs() {
  return {
    name: 'ik-strip-schema-docs',
    enforce: 'post',
    transform(code, id) {
      if (!KIT.test(id) || (!code.includes('description') && !code.includes('toJson'))) return null;
      const ast = this.parse(code);
      const edits = [];
      walk(ast, (node) => {
        // checkedAfterRead(reader, toJson): the second argument only writes JSON Schema.
        if (
          node.type === 'CallExpression' &&
          node.callee.type === 'Identifier' &&
          node.callee.name === 'checkedAfterRead' &&
          node.arguments.length === 2
        ) {
          edits.push([node.arguments[1].start, node.arguments[1].end, 'void 0']);
          return true;
        }
        if (node.type !== 'ObjectExpression') return true;
        for (const p of node.properties) {
          if (p.type !== 'Property' || !STRIPPED.has(keyName(p))) continue;
          // The property and the comma (and spaces) after it.
          const comma = /^\s*,\s*/.exec(code.slice(p.end));
          edits.push([p.start, p.end + (comma ? comma[0].length : 0), '']);
        }
        return true;
      });
      // Nested properties (a description inside a toJson) go with their outer one.
      edits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
      const outer = [];
      for (const e of edits) if (!outer.length || e[0] >= outer.at(-1)[1]) outer.push(e);
      return outer.length ? { code: applyEdits(code, outer), map: null } : null;
    },
  };
}

export function minifyCssTemplates() {
  return {
    name: 'ik-minify-css-templates',
    enforce: 'post',
    transform(code, id) {
      if (!KIT.test(id) || !code.includes('css`')) return null;
      const ast = this.parse(code);
      const edits = [];
      walk(ast, (node) => {
        if (
          node.type !== 'TaggedTemplateExpression' ||
          node.tag.type !== 'Identifier' ||
          node.tag.name !== 'css'
        )
          return true;
        const state = newCssState();
        const quasis = node.quasi.quasis;
        quasis.forEach((q, i) => {
          const raw = code.slice(q.start, q.end);
          if (raw !== q.value.raw)
            throw new Error(`${id}: a css template's text is not where the parser says`);
          edits.push([q.start, q.end, minifyCssPart(raw, state, i === quasis.length - 1)]);
        });
        return false;
      });
      return edits.length ? { code: applyEdits(code, edits), map: null } : null;
    },
  };
}

/**
 * The check after building an editors' bundle: nothing of the JSON Schemas is left (a `description:` or
 * `toJson` in the minified code means a reader's documentation still ships, or the widgets read it).
 */
export function withoutWelsh() {
  return {
    name: 'inspection-kit:without-welsh',
    enforce: 'pre',
    load(id) {
      return /[\\/]src[\\/]core[\\/]i18n[\\/]cy\.ts$/.test(id) ? 'export const CY = {};' : null;
    },
  };
}

export function assertNoSchemaDocs(file, code) {
  const left = /\bdescription\s*:|\btoJson\b/.exec(code);
  if (left)
    throw new Error(
      `${file}: "${code.slice(Math.max(0, left.index - 60), left.index + 60)}" is left after stripping the schema docs`,
    );
}
