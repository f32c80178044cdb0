/**
 * Inline data handed to a widget by a page script rather than written in a child `<script>`: under
 * `require-trusted-types-for 'script'`, Trusted Types check the text of every script element a script makes,
 * a data block (`type="text/csv"`) too, and report each one. The playground's preview (demo/playground.ts)
 * gives its text here instead; `readLocalSource` (dom.ts) reads it exactly as the same text in a child
 * `<script type="…">`, so the preview shows what the copied tag will. Not part of the kit's public API.
 */
export type InlineType = 'application/json' | 'text/csv';

const given = new WeakMap<Element, { type: InlineType; text: string }>();

/** Gives `host` the text of an inline script of `type`, read as if it were its first child script. */
export function giveInline(host: Element, type: InlineType, text: string): void {
  given.set(host, { type, text });
}

/** What `giveInline` gave `host`, if anything. */
export function givenInline(host: Element): { type: InlineType; text: string } | undefined {
  return given.get(host);
}
