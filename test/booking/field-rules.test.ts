import { expect } from '@open-wc/testing';
import {
  ADDRESS_LINE_MAX_LENGTH,
  checkDateOfBirth,
  checkEmail,
  checkName,
  checkPhone,
  checkState,
  checkTermsAccepted,
  checkTextLine,
  checkVisitReason,
  checkZip,
  normalizePhone,
  parseIsoDate,
  PHONE_MAX_LENGTH,
  US_STATES,
} from '../../src/booking/field-rules.js';
import { NOON_2024_06_15 } from './fixtures.js';

describe('checkPhone', () => {
  it('accepts the three reference forms', () => {
    for (const phone of ['5552223334', '555-222-3334', '(555) 222-3334']) expect(checkPhone(phone), phone).to.equal(null);
  });

  it('accepts a leading 1, other separators and surrounding spaces', () => {
    for (const phone of ['15552223334', '+15552223334', '1-555-222-3334', '1 555 222 3334', '555.222.3334', '(555)222-3334', ' 555-222-3334 ']) {
      expect(checkPhone(phone), phone).to.equal(null);
    }
  });

  it('takes 10 to 14 characters with separators: 14 passes, 15 or more is refused', () => {
    expect(PHONE_MAX_LENGTH).to.equal(14);
    for (const phone of ['(555) 222-3334', '1-555-222-3334', '+1(555)2223334', '1 555.222.3334']) {
      expect(phone, phone).to.have.length(14);
      expect(checkPhone(phone), phone).to.equal(null);
      expect(checkPhone(` ${phone}  `), 'spaces around do not count').to.equal(null);
    }
    for (const phone of ['+1 555-222-3334', '1 (555)222-3334', '+1 (555)2223334', '1 (555) 222-3334', '+1 (555) 222-3334']) {
      expect(phone.length, phone).to.be.greaterThan(14);
      expect(checkPhone(phone), phone).to.equal('invalid-phone');
    }
  });

  it('asks for a number when blank', () => {
    expect(checkPhone('')).to.equal('required');
    expect(checkPhone('   ')).to.equal('required');
  });

  it('refuses area codes starting 0 or 1, or with 9 as second digit', () => {
    for (const phone of ['055-222-3334', '155-222-3334', '595-222-3334', '(095) 222-3334']) expect(checkPhone(phone), phone).to.equal('invalid-phone');
  });

  it('refuses exchanges starting 0 or 1', () => {
    for (const phone of ['555-022-3334', '555-122-3334', '5551223334']) expect(checkPhone(phone), phone).to.equal('invalid-phone');
  });

  it('refuses wrong lengths, other country codes, letters and broken parentheses', () => {
    for (const phone of ['555-222-333', '555-222-33345', '25552223334', '44 555 222 3334', '555-CALL-NOW', '(555 222-3334', '555) 222-3334', '555--222-3334']) {
      expect(checkPhone(phone), phone).to.equal('invalid-phone');
    }
  });
});

describe('normalizePhone', () => {
  it('writes a good number in the dashed reference form', () => {
    for (const phone of ['5552223334', '(555) 222-3334', '1 555 222 3334', '+1(555)2223334', ' 555-222-3334 ']) {
      expect(normalizePhone(phone), phone).to.equal('555-222-3334');
    }
  });

  it('leaves a bad number as typed, trimmed', () => {
    expect(normalizePhone(' 055-222-3334 ')).to.equal('055-222-3334');
    expect(normalizePhone(' +1 (555) 222-3334 '), 'too long').to.equal('+1 (555) 222-3334');
  });
});

describe('checkEmail', () => {
  const local64 = 'a'.repeat(64);
  const email254 = `${local64}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`;

  it('accepts ordinary addresses', () => {
    for (const email of ['ada@example.org', 'first.last+tag@mail.example.co.uk', "o'brien@example.ie", ' ada@example.org ']) expect(checkEmail(email), email).to.equal(null);
  });

  it('accepts 254 characters and refuses 255', () => {
    expect(email254).to.have.length(254);
    expect(checkEmail(email254)).to.equal(null);
    const email255 = email254.replace('.com', 'd.com');
    expect(email255).to.have.length(255);
    expect(checkEmail(email255)).to.equal('too-long');
  });

  it('asks for an address when blank', () => {
    expect(checkEmail('')).to.equal('required');
  });

  it('refuses what is not an address', () => {
    for (const email of ['ada', 'ada@', '@example.org', 'ada@example', 'ada example@example.org', 'ada@@example.org', 'a..b@example.org', 'ada@example.c', 'ada@-example.org']) {
      expect(checkEmail(email), email).to.equal('invalid-email');
    }
  });
});

describe('checkZip', () => {
  it('accepts five digits from 00501, and ZIP+4', () => {
    for (const zip of ['00501', '59601', '99999', '12345-6789', ' 59601 ']) expect(checkZip(zip), zip).to.equal(null);
  });

  it('refuses ZIPs below 00501 and other shapes', () => {
    for (const zip of ['00500', '00000', '1234', '123456', '12345-678', '12345 6789', '123456789', 'ABCDE', '12345-']) expect(checkZip(zip), zip).to.equal('invalid-zip');
  });

  it('asks for a ZIP when blank', () => {
    expect(checkZip(' ')).to.equal('required');
  });
});

describe('checkState', () => {
  it('accepts the 50 states, DC and the territories', () => {
    expect(US_STATES).to.have.length(57);
    for (const state of ['MT', 'NY', 'DC', 'AS', 'GU', 'MP', 'PR', 'UM', 'VI']) expect(checkState(state), state).to.equal(null);
  });

  it('refuses names, unknown codes and lower case', () => {
    for (const state of ['Montana', 'XX', 'mt', 'FM', 'MH', 'PW']) expect(checkState(state), state).to.equal('invalid-state');
  });

  it('asks for a state when blank', () => {
    expect(checkState('')).to.equal('required');
  });
});

describe('checkName', () => {
  it('accepts apostrophes, hyphens, periods, spaces and accents', () => {
    for (const name of ["O'Brien", 'D’Angelo', 'Anne-Marie', 'St. John', 'José', 'Zoë', 'Nguyễn', 'María José']) expect(checkName(name), name).to.equal(null);
  });

  it('refuses digits and symbols, and names starting with punctuation', () => {
    for (const name of ['R2D2', 'Ada1', 'Ada!', '@da', '-Ada', "'Ada", 'Ada_Lovelace']) expect(checkName(name), name).to.equal('invalid-name');
  });

  it('takes 50 characters and refuses 51', () => {
    expect(checkName('A'.repeat(50))).to.equal(null);
    expect(checkName('A'.repeat(51))).to.equal('too-long');
  });

  it('asks for a name when blank', () => {
    expect(checkName('  ')).to.equal('required');
  });
});

describe('checkTextLine', () => {
  it('requires a line unless told otherwise', () => {
    expect(checkTextLine('')).to.equal('required');
    expect(checkTextLine('', { required: false })).to.equal(null);
  });

  it('takes an address line of 45 characters and refuses 46, as the v8 samples do', () => {
    expect(ADDRESS_LINE_MAX_LENGTH).to.equal(45);
    const line45 = '1200 North Mountain View Ridge Road, Suite 30';
    const line46 = '1200 North Mountain View Ridge Road, Suite 300';
    expect(line45).to.have.length(45);
    expect(line46).to.have.length(46);
    expect(checkTextLine(line45)).to.equal(null);
    expect(checkTextLine(`  ${line45} `), 'spaces around do not count').to.equal(null);
    expect(checkTextLine(line45, { required: false }), 'line 2 too').to.equal(null);
    expect(checkTextLine(line46)).to.equal('too-long');
    expect(checkTextLine(line46, { required: false })).to.equal('too-long');
  });

  it('caps the trimmed length', () => {
    expect(checkTextLine('x'.repeat(ADDRESS_LINE_MAX_LENGTH))).to.equal(null);
    expect(checkTextLine(` ${'x'.repeat(ADDRESS_LINE_MAX_LENGTH)} `)).to.equal(null);
    expect(checkTextLine('x'.repeat(ADDRESS_LINE_MAX_LENGTH + 1))).to.equal('too-long');
    expect(checkTextLine('x'.repeat(46), { maxLength: 45 })).to.equal('too-long');
  });
});

describe('checkVisitReason', () => {
  it('takes 500 characters and refuses 501', () => {
    expect(checkVisitReason('x'.repeat(500))).to.equal(null);
    expect(checkVisitReason(`  ${'x'.repeat(500)}  `)).to.equal(null);
    expect(checkVisitReason('x'.repeat(501))).to.equal('too-long');
  });

  it('requires a reason', () => {
    expect(checkVisitReason('')).to.equal('required');
    expect(checkVisitReason('\n\t ')).to.equal('required');
  });
});

describe('parseIsoDate', () => {
  it('reads real calendar dates', () => {
    expect(parseIsoDate('2000-02-29')).to.deep.equal({ year: 2000, month: 2, day: 29 });
    expect(parseIsoDate('1990-12-10')).to.deep.equal({ year: 1990, month: 12, day: 10 });
  });

  it('refuses impossible dates and other shapes', () => {
    for (const date of ['2001-02-29', '1900-02-29', '2024-13-01', '2024-04-31', '2024-00-10', '1899-12-31', '12/10/1990', '1990-1-10', '1990-12-10T00:00']) {
      expect(parseIsoDate(date), date).to.equal(null);
    }
  });
});

describe('checkDateOfBirth', () => {
  const now = NOON_2024_06_15;

  it('accepts past dates, today and Feb 29 of a leap year', () => {
    for (const date of ['1990-12-10', '2000-02-29', '2024-06-15']) expect(checkDateOfBirth(date, { now }), date).to.equal(null);
  });

  it('refuses dates in the future', () => {
    expect(checkDateOfBirth('2024-06-16', { now })).to.equal('future-date');
    expect(checkDateOfBirth('2030-01-01', { now })).to.equal('future-date');
  });

  it('refuses dates that do not exist', () => {
    expect(checkDateOfBirth('2001-02-29', { now })).to.equal('invalid-date');
    expect(checkDateOfBirth('10/12/1990', { now })).to.equal('invalid-date');
  });

  it('asks for a date when blank', () => {
    expect(checkDateOfBirth('', { now })).to.equal('required');
  });

  it('counts an adult from the 18th birthday on', () => {
    expect(checkDateOfBirth('2006-06-15', { now, adult: true }), 'turns 18 today').to.equal(null);
    expect(checkDateOfBirth('2006-06-16', { now, adult: true }), 'turns 18 tomorrow').to.equal('not-adult');
    expect(checkDateOfBirth('2006-06-14', { now, adult: true })).to.equal(null);
    expect(checkDateOfBirth('2010-01-01', { now, adult: true })).to.equal('not-adult');
  });

  it('counts someone born on Feb 29 as 18 from March 1 in a common year', () => {
    expect(checkDateOfBirth('2008-02-29', { now: new Date(2026, 1, 28, 12), adult: true })).to.equal('not-adult');
    expect(checkDateOfBirth('2008-02-29', { now: new Date(2026, 2, 1, 12), adult: true })).to.equal(null);
  });
});

describe('checkTermsAccepted', () => {
  it('accepts only true', () => {
    expect(checkTermsAccepted(true)).to.equal(null);
    for (const value of [false, 'true', 1, undefined, null]) expect(checkTermsAccepted(value), String(value)).to.equal('terms-not-accepted');
  });
});
