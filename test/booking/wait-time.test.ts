import { expect } from '@open-wc/testing';
import { formatWaitTime, waitTimeBucket } from '../../src/booking/wait-time.js';
import { waitTimeAnnouncement } from '../../src/booking/wait-time-announcement.js';

describe('formatWaitTime', () => {
  const cases: [number, string][] = [
    [0, "You're next"],
    [1, 'less than 5 minutes'],
    [30, 'less than 5 minutes'],
    [299, 'less than 5 minutes'],
    [300, 'about 5 minutes'],
    [301, 'about 10 minutes'],
    [600, 'about 10 minutes'],
    [1799, 'about 30 minutes'],
    [3300, 'about 55 minutes'],
    [3301, 'about 1 hour'],
    [3600, 'about 1 hour'],
    [3601, 'about 1 hour 5 minutes'],
    [4500, 'about 1 hour 15 minutes'],
    [7200, 'about 2 hours'],
    [7500, 'about 2 hours 5 minutes'],
    [36000, 'about 10 hours'],
    [86_400, 'about 24 hours'],
    [86_401, 'more than a day'],
    [1e308, 'more than a day'],
  ];
  for (const [seconds, words] of cases) {
    it(`${seconds} s → ${words}`, () => expect(formatWaitTime(seconds)).to.equal(words));
  }

  it('says so when the estimate makes no sense', () => {
    for (const seconds of [NaN, -1, -0.5, Infinity, -Infinity]) expect(formatWaitTime(seconds), String(seconds)).to.equal('Wait time unavailable');
  });
});

describe('waitTimeBucket', () => {
  it('rounds up to the next five minutes, never promising less', () => {
    expect(waitTimeBucket(301)).to.deep.equal({ kind: 'minutes', minutes: 10 });
    expect(waitTimeBucket(3601)).to.deep.equal({ kind: 'hours', hours: 1, minutes: 5 });
  });
});

describe('waitTimeAnnouncement', () => {
  it('makes a whole sentence of each bucket', () => {
    expect(waitTimeAnnouncement(0)).to.equal("You're next in line.");
    expect(waitTimeAnnouncement(120)).to.equal('The estimated wait is less than 5 minutes.');
    expect(waitTimeAnnouncement(900)).to.equal('The estimated wait is about 15 minutes.');
    expect(waitTimeAnnouncement(3600)).to.equal('The estimated wait is about 1 hour.');
    expect(waitTimeAnnouncement(4500)).to.equal('The estimated wait is about 1 hour 15 minutes.');
    expect(waitTimeAnnouncement(7200)).to.equal('The estimated wait is about 2 hours.');
    expect(waitTimeAnnouncement(8100)).to.equal('The estimated wait is about 2 hours 15 minutes.');
    expect(waitTimeAnnouncement(1e308)).to.equal('The estimated wait is more than a day.');
    expect(waitTimeAnnouncement(NaN)).to.equal('The estimated wait time is not available right now.');
  });
});
