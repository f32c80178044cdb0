/** Types for scripts/build-plugins.mjs (read by the Node tests). */
interface TransformPlugin {
  name: string;
  enforce: 'post';
  transform(
    this: { parse(code: string): unknown },
    code: string,
    id: string,
  ): { code: string; map: null } | null;
}
export function stripSchemaDocs(): TransformPlugin;
export function minifyCssTemplates(): TransformPlugin;
export function withoutWelsh(): { name: string; enforce: 'pre'; load(id: string): string | null };
export const CY_CATALOGUE: RegExp;
export function welshOnFirstNeed(): {
  name: string;
  enforce: 'pre';
  resolveId(source: string, importer?: string): Promise<string | null>;
  load(id: string): string | null;
  transform(code: string, id: string): string | null;
};
export function assertNoSchemaDocs(file: string, code: string): void;
