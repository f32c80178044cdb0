/**
 * Snapshot tests, Observable Plot style: a value is compared with the JSON committed in test/node/snapshots/.
 * A missing or different snapshot fails the test; `UPDATE_SNAPSHOTS=1 npm run test:node` writes it instead
 * (review the diff before committing). CI never sets it, so a run never passes by writing its own snapshots.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'chai';

const DIR = new URL('./snapshots/', import.meta.url);

/**
 * Plain JSON for a value: Maps and Sets are kept as tagged lists and non-finite numbers as words, where
 * JSON.stringify would write `{}` and `null` and so hide a change.
 */
export function snapshotText(value: unknown): string {
  const json = JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (v instanceof Map) return { $map: [...v.entries()] };
      if (v instanceof Set) return { $set: [...v.values()] };
      if (typeof v === 'number' && !Number.isFinite(v)) return { $number: String(v) };
      return v;
    },
    2,
  );
  return `${json ?? 'undefined'}\n`;
}

/** Fails unless `value` matches the snapshot `name` (a file name without `.json`). */
export function matchSnapshot(name: string, value: unknown): void {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`a snapshot name is letters, digits, . _ and -: "${name}"`);
  const file = new URL(`${name}.json`, DIR);
  const actual = snapshotText(value);
  const update = process.env.UPDATE_SNAPSHOTS === '1';
  if (!existsSync(file)) {
    if (!update) {
      throw new Error(
        `there is no snapshot test/node/snapshots/${name}.json: UPDATE_SNAPSHOTS=1 npm run test:node writes it`,
      );
    }
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (actual === expected) return;
  if (update) {
    writeFileSync(file, actual);
    return;
  }
  const message = `snapshot test/node/snapshots/${name}.json differs (UPDATE_SNAPSHOTS=1 rewrites it)`;
  expect(JSON.parse(actual), message).to.deep.equal(JSON.parse(expected));
  // Same values, other order or spacing: still a difference the snapshot should show.
  expect(actual, message).to.equal(expected);
}
