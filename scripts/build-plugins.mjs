// Build-only transforms for the editors' bundles (dist/inspection-kit.js and the lazy loader's chunks), run on
// the kit's own modules after TypeScript is compiled. The developer entries (dist/index.js, dist/core.js …) are
// built without them: they export the schema readers whole.
//
// - stripSchemaDocs: the schema readers' `description`s and `toJson()`s are what `npm run build` writes the JSON
//   Schemas in schemas/ from (src/core/schemas.ts); no widget reads them. They stay in the one definition in
//   src/core, and this drops every object property named `description` or `toJson` from the kit's modules in
//   these bundles (the build fails if any is left, or if the widgets' code reads one).
// - minifyCssTemplates: whitespace and comments out of every `css` template literal (scripts/minify-css.mjs).
// - welshOnFirstNeed: the lazy loader's chunks load the Welsh catalogue as a chunk of its own, when a widget is
//   first Welsh.
// - withoutWelsh: the English-only bundle (dist/inspection-kit-en.js): the Welsh catalogue (src/core/i18n/cy.ts,
//   which gathers the Welsh of every area) is empty, so no Welsh word is bundled and `lang="cy"` falls back to
//   British English as any language without a catalogue does (a council can still registerTranslation('cy', …)).
import { readFileSync } from 'node:fs';
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
const WELSH = /[\\/]src[\\/]core[\\/]i18n[\\/]welsh\.ts$/;

export function withoutWelsh() {
  return {
    name: 'inspection-kit:without-welsh',
    enforce: 'pre',
    load(id) {
      return WELSH.test(id) ? 'export const CY = {};\nexport const LOAD_WELSH = undefined;' : null;
    },
  };
}

/** An area of the catalogue (src/core/i18n/areas/): its British English (EN), then its Welsh (CY). */
const AREA = /[\\/]src[\\/]core[\\/]i18n[\\/]areas[\\/]\w+\.ts$/;
/** The Welsh catalogue's module: in the lazy loader's build, the facade of the Welsh chunk (build.mjs names it). */
export const CY_CATALOGUE = /[\\/]src[\\/]core[\\/]i18n[\\/]cy\.ts$/;
const WELSH_PART = '?welsh';

/**
 * The lazy loader's chunks: the Welsh catalogue (src/core/i18n/cy.ts, with the Welsh of every area) is a chunk of
 * its own, imported the first time a widget is Welsh (src/core/i18n/index.ts `catalogueReady`), so that an
 * English page never loads it. Each area's module keeps its English; its Welsh is a module of its own
 * (`areas/x.ts?welsh`) that only the Welsh chunk imports. The one-file bundle keeps each area whole, its Welsh
 * beside its English, which gzip shrinks better.
 */
export function welshOnFirstNeed() {
  return {
    name: 'inspection-kit:welsh-on-first-need',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(WELSH_PART)) return null;
      const resolved = await this.resolve(source.slice(0, -WELSH_PART.length), importer, { skipSelf: true });
      return resolved ? `${resolved.id}${WELSH_PART}` : null;
    },
    load(id) {
      if (WELSH.test(id))
        return "export const CY = {};\nexport const LOAD_WELSH = () => import('./cy.ts').then((m) => m.CY);";
      const welshPart = id.endsWith(WELSH_PART);
      const file = welshPart ? id.slice(0, -WELSH_PART.length) : id;
      if (!AREA.test(file)) return null;
      const code = readFileSync(file, 'utf8');
      const at = code.indexOf('\nexport const CY: WelshOf<typeof EN> = {');
      if (at < 0)
        throw new Error(`${file}: no "export const CY: WelshOf<typeof EN> = {" to split the Welsh at`);
      // The Welsh part is plain data: its type annotation (the only TypeScript in it) is dropped.
      return welshPart
        ? code.slice(at + 1).replace('export const CY: WelshOf<typeof EN> = {', 'export const CY = {')
        : code.slice(0, at + 1);
    },
    transform(code, id) {
      // The Welsh catalogue takes each area's Welsh part.
      return CY_CATALOGUE.test(id)
        ? code.replace(/from '(\.\/areas\/\w+)\.js'/g, `from '$1.ts${WELSH_PART}'`)
        : null;
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
