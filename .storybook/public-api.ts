/**
 * What Storybook may show of each element: its public attributes and properties, as a page uses them. The
 * manifest (custom-elements.json) already leaves out private and protected members; this also leaves out
 * static members (`optionSpecs`), methods and anything named as internal (`#rows`, `_x`), whatever the
 * analyser writes, and turns the Controls of what a story cannot set (events, CSS tokens and parts, the
 * read-only `state`) into rows of the docs table only. No Storybook import, so the Node tests can read it.
 */

interface Member {
  kind?: string;
  name: string;
  privacy?: string;
  static?: boolean;
  fieldName?: string;
  attribute?: string;
  [key: string]: unknown;
}
interface Declaration {
  members?: Member[];
  attributes?: Member[];
  [key: string]: unknown;
}
export interface Manifest {
  modules: { declarations?: Declaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

/** A member no page may use. */
export function isInternal(member: Member): boolean {
  return (
    member.privacy === 'private' ||
    member.privacy === 'protected' ||
    member.static === true ||
    member.name.startsWith('#') ||
    member.name.startsWith('_')
  );
}

/** The manifest with only public, per-element fields and the attributes that go with them. */
export function publicManifest<M extends Manifest>(manifest: M): M {
  return {
    ...manifest,
    modules: manifest.modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) => {
        const members = d.members?.filter((m) => m.kind === 'field' && !isInternal(m));
        const fields = new Set(members?.map((m) => m.name));
        return {
          ...d,
          ...(members && { members }),
          ...(d.attributes && {
            attributes: d.attributes.filter(
              (a) => !isInternal(a) && (!a.fieldName || fields.has(a.fieldName)),
            ),
          }),
        };
      }),
    })),
  };
}

/** Categories the docs table lists but no story argument sets. */
const DOCS_ONLY = new Set(['events', 'css custom properties', 'css shadow parts', 'slots', 'methods']);
/** Written by the widget, read by the page. */
const READ_ONLY = new Set(['state']);

export interface ArgType {
  name?: string;
  control?: unknown;
  table?: { category?: string; [key: string]: unknown };
  [key: string]: unknown;
}

/**
 * The argTypes Storybook built from the manifest, with one row per public property: an attribute that has a
 * property (`group-by` for `groupBy`) is the same setting and is dropped; the docs-only rows keep no control.
 */
export function publicArgTypes<A extends Record<string, ArgType>>(argTypes: A): A {
  const out: Record<string, ArgType> = {};
  const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  for (const [name, argType] of Object.entries(argTypes)) {
    if (name.startsWith('#') || name.startsWith('_') || name === 'optionSpecs') continue;
    const category = argType.table?.category;
    if (category === 'attributes' && name.includes('-') && camel(name) in argTypes) continue;
    // Storybook's own `on…` action rows for the events.
    if (category === undefined && /^on[A-Z]/.test(name)) continue;
    out[name] =
      (category && DOCS_ONLY.has(category)) || READ_ONLY.has(name) ? { ...argType, control: false } : argType;
  }
  return out as A;
}
