// The release zip's writer (scripts/zip.mjs): what it writes lists and unpacks, byte for byte, with Python's
// zipfile and (where installed) Debian's unzip, the tools an editor's machine stands for here.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { crc32, zip } from '../../scripts/zip.mjs';

const files = [
  { name: 'kit-1.0.0/HOW-TO.txt', data: 'Upload these files.\n'.repeat(200) },
  { name: 'kit-1.0.0/examples/leeds £ – report.json', data: '{"a":"Looked after children’s services"}\n' },
  { name: 'kit-1.0.0/random.bin', data: randomBytes(5000) },
  { name: 'kit-1.0.0/empty.txt', data: '' },
];

const hasUnzip = ['/usr/bin/unzip', '/bin/unzip'].some((p) => existsSync(p));

describe('release zip writer', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ik-zip-'));
    file = join(dir, 'test.zip');
    writeFileSync(file, zip(files));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).to.equal(0xcbf43926);
  });

  it('writes the same bytes for the same files', () => {
    expect(zip(files).equals(readFileSync(file))).to.equal(true);
  });

  it("lists every file and folder with Python's zipfile", () => {
    const listing = execFileSync('python3', ['-m', 'zipfile', '-l', file], { encoding: 'utf8' });
    for (const name of ['kit-1.0.0/', 'kit-1.0.0/examples/', ...files.map((f) => f.name)])
      expect(listing).to.include(name);
  });

  it("unpacks byte for byte with Python's zipfile (CRCs checked)", () => {
    const out = join(dir, 'py');
    execFileSync('python3', ['-m', 'zipfile', '-t', file]);
    execFileSync('python3', ['-m', 'zipfile', '-e', file, out]);
    for (const f of files) expect(readFileSync(join(out, f.name)).equals(Buffer.from(f.data))).to.equal(true);
  });

  (hasUnzip ? it : it.skip)("tests clean and unpacks byte for byte with Debian's unzip", () => {
    const out = join(dir, 'unzip');
    const test = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
    expect(test).to.match(/No errors detected/);
    execFileSync('unzip', ['-q', file, '-d', out]);
    for (const f of files) expect(readFileSync(join(out, f.name)).equals(Buffer.from(f.data))).to.equal(true);
  });
});
