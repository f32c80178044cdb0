/**
 * How each widget's tag is defined (src/components/<name>/define.ts), so that two copies of the kit on one
 * page (two SharePoint web parts, each with its own copy; an old version and a new) never break each other:
 * the first copy defines the tags, and a later copy leaves every tag already defined as it is, with one
 * console warning naming both versions. Only one definition of a tag can exist on a page, so the page's
 * widgets are all drawn by the copy loaded first.
 */

/** This copy's version (package.json's; test/node/version.test.ts checks they agree). */
export const KIT_VERSION = '0.1.0';

/** A tag already defined when this copy came to define it, and by what. */
interface Skipped {
  tag: string;
  /** The version of the copy that defined it, or undefined when it was not the kit. */
  version: string | undefined;
}

let skipped: Skipped[] = [];

/** The kit version an element class was built with (its `kitVersion` static), if it is the kit's. */
function versionOf(element: CustomElementConstructor): string | undefined {
  const version: unknown = (element as { kitVersion?: unknown }).kitVersion;
  return typeof version === 'string' ? version : undefined;
}

const tags = (list: readonly Skipped[]) => {
  const names = list.map((s) => `<${s.tag}>`);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
};

/** The one warning for every tag this copy left as it was (each tag said once, grouped by who defined it). */
export function skippedWarning(version: string, list: readonly Skipped[]): string {
  const byVersion = new Map<string | undefined, Skipped[]>();
  for (const s of list) byVersion.set(s.version, [...(byVersion.get(s.version) ?? []), s]);
  const parts = [...byVersion].map(([other, group]) => {
    const verb = group.length === 1 ? 'is' : 'are';
    return other === undefined
      ? `${tags(group)} ${verb} already defined by another script, not Inspection Kit`
      : `${tags(group)} ${verb} already defined by Inspection Kit ${other}, loaded first`;
  });
  return `Inspection Kit ${version} is loaded on a page that has the kit already: ${parts.join('; ')}. This copy (${version}) leaves ${list.length === 1 ? 'that tag' : 'those tags'} as ${list.length === 1 ? 'it is' : 'they are'}, and the widgets are drawn by the copy loaded first. Load the kit once on the page, for every widget.`;
}

/**
 * Whether this copy is to define `tag` as `element` (`customElements.define` is called in each widget's
 * define.ts, where the manifest's analyser reads the tag name): true when the tag is free; false when this copy
 * defined it already (nothing to do), or when another copy of the kit or another script did (left as it is, and
 * said once, in one warning for every tag so left).
 */
export function mayDefine(tag: string, element: CustomElementConstructor): boolean {
  const existing = customElements.get(tag);
  if (!existing) return true;
  if (existing === element) return false;
  skipped.push({ tag, version: versionOf(existing) });
  // The tags of one copy are defined one after another as it loads: one warning once they all have been.
  if (skipped.length === 1)
    queueMicrotask(() => {
      const list = skipped;
      skipped = [];
      console.warn(skippedWarning(KIT_VERSION, list));
    });
  return false;
}
