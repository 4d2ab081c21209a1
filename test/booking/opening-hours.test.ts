import { expect } from '@open-wc/testing';
import { formatOpening, isWithinOpeningHours, nextOpening, opensAtMessage } from '../../src/booking/opening-hours.js';

/** Intl puts narrow no-break spaces before AM/PM; compare with plain spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('nextOpening', () => {
  const now = new Date('2024-03-05T15:00:00.000Z');
  const window = (start: string, end: string) => ({ start, end });

  it('finds the earliest window start after now, in any order', () => {
    const windows = [
      window('2024-03-07T15:00:00.000Z', '2024-03-07T23:00:00.000Z'),
      window('2024-03-06T15:00:00.000Z', '2024-03-06T23:00:00.000Z'),
      window('2024-03-04T15:00:00.000Z', '2024-03-04T23:00:00.000Z'),
    ];
    expect(nextOpening(windows, now)?.toISOString()).to.equal('2024-03-06T15:00:00.000Z');
  });

  it('is null while now is inside a window, its start included', () => {
    const later = window('2024-03-06T15:00:00.000Z', '2024-03-06T23:00:00.000Z');
    expect(nextOpening([later, window('2024-03-05T14:00:00.000Z', '2024-03-05T16:00:00.000Z')], now)).to.equal(null);
    expect(nextOpening([later, window('2024-03-05T15:00:00.000Z', '2024-03-05T16:00:00.000Z')], now)).to.equal(null);
  });

  it('looks ahead once a window has just ended', () => {
    const windows = [window('2024-03-05T07:00:00.000Z', '2024-03-05T15:00:00.000Z'), window('2024-03-06T07:00:00.000Z', '2024-03-06T15:00:00.000Z')];
    expect(nextOpening(windows, now)?.toISOString()).to.equal('2024-03-06T07:00:00.000Z');
  });

  it('is null when no window lies ahead', () => {
    expect(nextOpening([], now)).to.equal(null);
    expect(nextOpening([window('2024-03-01T15:00:00.000Z', '2024-03-01T23:00:00.000Z')], now)).to.equal(null);
  });

  it('ignores malformed windows', () => {
    const good = window('2024-03-08T15:00:00.000Z', '2024-03-08T23:00:00.000Z');
    const bad = [
      window('nonsense', '2024-03-06T23:00:00.000Z'),
      window('', ''),
      window('2024-03-06T15:00:00.000Z', 'soon'),
      window('2024-03-06T23:00:00.000Z', '2024-03-06T15:00:00.000Z'),
      window('2024-03-05T10:00:00.000Z', 'later'),
      null as unknown as { start: string; end: string },
    ];
    expect(nextOpening([...bad, good], now)?.toISOString()).to.equal('2024-03-08T15:00:00.000Z');
    expect(isWithinOpeningHours(bad, now)).to.equal(false);
  });

  it('scans 200,000 windows without spreading them into one call (which throws past ~125,000)', () => {
    const hour = 3_600_000;
    const base = Date.parse('2024-03-06T00:00:00.000Z');
    // Later windows first, so the earliest is found at the end; each an hour long, two hours apart.
    const windows = Array.from({ length: 200_000 }, (_, index) => {
      const start = base + (200_000 - index) * 2 * hour;
      return window(new Date(start).toISOString(), new Date(start + hour).toISOString());
    });
    expect(nextOpening(windows, now)?.toISOString()).to.equal(new Date(base + 2 * hour).toISOString());
  });
});

describe('formatOpening', () => {
  // Tuesday 5 March 2024, 8:00 AM in Denver (MST, before the switch to MDT on 10 March).
  const now = new Date('2024-03-05T15:00:00.000Z');
  const denver = (date: string, from = now) => plain(formatOpening(new Date(date), from, 'en-US', 'America/Denver'));

  it('says today, tomorrow or the weekday, with the zone', () => {
    expect(denver('2024-03-05T22:00:00.000Z')).to.equal('today at 3:00 PM MST');
    expect(denver('2024-03-06T15:00:00.000Z')).to.equal('tomorrow at 8:00 AM MST');
    expect(denver('2024-03-08T15:30:00.000Z')).to.equal('Friday at 8:30 AM MST');
    expect(denver('2024-03-11T14:00:00.000Z')).to.equal('Monday at 8:00 AM MDT');
  });

  it('gives the date a week or more ahead', () => {
    expect(denver('2024-03-12T14:00:00.000Z')).to.equal('Tuesday, March 12 at 8:00 AM MDT');
    expect(denver('2024-04-20T14:00:00.000Z')).to.equal('Saturday, April 20 at 8:00 AM MDT');
  });

  it("counts days in the patient's time zone, not in UTC", () => {
    const lateEvening = new Date('2024-03-06T05:30:00.000Z'); // 10:30 PM Tuesday in Denver, Wednesday in UTC
    expect(denver('2024-03-06T06:30:00.000Z', lateEvening)).to.equal('today at 11:30 PM MST');
    expect(denver('2024-03-06T08:00:00.000Z', lateEvening)).to.equal('tomorrow at 1:00 AM MST');
  });

  it('shows the same instant in another zone', () => {
    expect(plain(formatOpening(new Date('2024-03-05T22:00:00.000Z'), now, 'en-US', 'America/New_York'))).to.equal('today at 5:00 PM EST');
    // Now is already Wednesday 00:00 in Tokyo, so Wednesday 7:00 AM there is today.
    expect(plain(formatOpening(new Date('2024-03-05T22:00:00.000Z'), now, 'en-US', 'Asia/Tokyo'))).to.equal('today at 7:00 AM GMT+9');
  });

  it("uses the browser's zone when none is given", () => {
    const inOneHour = new Date(now.getTime() + 3_600_000);
    expect(formatOpening(inOneHour, now, 'en-US')).to.equal(formatOpening(inOneHour, now, 'en-US', Intl.DateTimeFormat().resolvedOptions().timeZone));
  });

  it("writes the time in the patient's locale", () => {
    expect(plain(formatOpening(new Date('2024-03-05T22:00:00.000Z'), now, 'en-GB', 'Europe/London'))).to.equal('today at 22:00 GMT');
  });
});

describe('opensAtMessage', () => {
  const now = new Date('2024-03-05T15:00:00.000Z');
  const denver = (date: string) => plain(opensAtMessage(new Date(date), now, 'en-US', 'America/Denver'));

  it('makes a whole sentence for each distance', () => {
    expect(denver('2024-03-05T22:00:00.000Z')).to.equal('Opens today at 3:00 PM MST.');
    expect(denver('2024-03-06T15:00:00.000Z')).to.equal('Opens tomorrow at 8:00 AM MST.');
    expect(denver('2024-03-08T15:00:00.000Z')).to.equal('Opens Friday at 8:00 AM MST.');
    expect(denver('2024-03-20T14:00:00.000Z')).to.equal('Opens Wednesday, March 20 at 8:00 AM MDT.');
  });
});
