// A small zip writer (no dependency): each file deflated with node's zlib, or stored when that is no smaller,
// with a fixed date so the same files always give the same zip. Enough for the release zip; read back by
// unzip, Windows' "Extract all", macOS and Python's zipfile (test/node/zip.test.ts checks the last two).
import { deflateRawSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** MS-DOS time and date fields for a JavaScript Date (local fields, as zip readers show them). */
function dosDateTime(date) {
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2);
  const day = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  return { time, day };
}

/**
 * The bytes of a zip holding `files`: `[{ name: 'folder/file.txt', data: Buffer | string }]`, names with `/`.
 * Folders are implied by the names (each also gets its own entry, so every tool shows it).
 */
export function zip(files, { date = new Date(2026, 0, 1, 12, 0, 0) } = {}) {
  const { time, day } = dosDateTime(date);
  const entries = [];
  const folders = new Set();
  for (const { name } of files) {
    const parts = name.split('/');
    for (let i = 1; i < parts.length; i++) folders.add(`${parts.slice(0, i).join('/')}/`);
  }
  const all = [
    ...[...folders].sort().map((name) => ({ name, data: Buffer.alloc(0) })),
    ...files.map((f) => ({ name: f.name, data: Buffer.from(f.data) })),
  ];
  const chunks = [];
  let offset = 0;
  for (const { name, data } of all) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    chunks.push(local, nameBytes, body);
    entries.push({
      nameBytes,
      stored,
      crc,
      size: body.length,
      raw: data.length,
      offset,
      folder: name.endsWith('/'),
    });
    offset += local.length + nameBytes.length + body.length;
  }
  const centralStart = offset;
  for (const e of entries) {
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, zip 2.0 (so the modes below are read)
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.stored ? 0 : 8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(day, 14);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.size, 20);
    central.writeUInt32LE(e.raw, 24);
    central.writeUInt16LE(e.nameBytes.length, 28);
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    // External attributes: Unix mode in the high half (rwxr-xr-x folders, rw-r--r-- files), MS-DOS folder bit.
    central.writeUInt32LE((((e.folder ? 0o40755 : 0o100644) << 16) | (e.folder ? 0x10 : 0)) >>> 0, 38);
    central.writeUInt32LE(e.offset, 42);
    chunks.push(central, e.nameBytes);
    offset += central.length + e.nameBytes.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(offset - centralStart, 12);
  end.writeUInt32LE(centralStart, 16);
  chunks.push(end);
  return Buffer.concat(chunks);
}
