/** Types for scripts/zip.mjs (read by the Node tests). */
export function crc32(bytes: Uint8Array): number;
export function zip(files: { name: string; data: Uint8Array | string }[], options?: { date?: Date }): Buffer;
