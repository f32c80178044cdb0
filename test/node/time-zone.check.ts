/**
 * Run first in `npm run test:node:tz`, which runs the date tests again far east and far west of UTC: fails
 * unless the process really is in the zone TZ names, so those runs can never silently be in UTC.
 */
import { expect } from 'chai';

/** Minutes behind UTC on 1 January 2020, as `Date#getTimezoneOffset` gives them. */
const OFFSETS: Record<string, number> = { 'Pacific/Kiritimati': -14 * 60, 'Pacific/Honolulu': 10 * 60 };

describe('the time zone of this run', () => {
  it('is the one TZ names, and far from UTC', () => {
    const zone = process.env.TZ ?? '';
    expect(OFFSETS, `TZ="${zone}"`).to.have.property(zone);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
    expect(new Date(2020, 0, 1).getTimezoneOffset()).to.equal(OFFSETS[zone]);
  });
});
