import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { nameOrder } from '../../src/booking/name-order.js';
import { chosenDepartment, departmentsOf, hasDepartmentChoice, selectableRegions } from '../../src/booking/regions.js';
import { PEDIATRICS, URGENT_CARE, practice, region } from './fixtures.js';

const names = (regions: { displayName: string }[]) => regions.map((r) => r.displayName);

describe('selectableRegions', () => {
  it('keeps only active regions', () => {
    const acme = practice({ practiceRegions: [region({ displayName: 'Montana' }), region({ displayName: 'Test region', active: false })] });
    expect(names(selectableRegions(acme))).to.deep.equal(['Montana']);
  });

  it('sorts by display name as people read them, busy regions last', () => {
    const acme = practice({
      practiceRegions: [
        region({ displayName: 'Wyoming' }),
        region({ displayName: 'Idaho', busy: true }),
        region({ displayName: 'Álava' }),
        region({ displayName: 'alaska' }),
        region({ displayName: 'Colorado', busy: true }),
        region({ displayName: 'Region 10' }),
        region({ displayName: 'Region 9' }),
      ],
    });
    expect(names(selectableRegions(acme, 'en'))).to.deep.equal(['alaska', 'Álava', 'Region 9', 'Region 10', 'Wyoming', 'Colorado', 'Idaho']);
  });

  it('leaves the practice untouched', () => {
    const acme = practice({ practiceRegions: [region({ displayName: 'B' }), region({ displayName: 'A' })] });
    selectableRegions(acme);
    expect(names(acme.practiceRegions)).to.deep.equal(['B', 'A']);
  });

  it('returns nothing for a practice without active regions', () => {
    expect(selectableRegions(practice({ practiceRegions: [region({ active: false })] }))).to.deep.equal([]);
  });
});

describe('departments of a region', () => {
  it('lists them and says when the patient must choose', () => {
    expect(departmentsOf(region())).to.deep.equal([URGENT_CARE]);
    expect(hasDepartmentChoice(region())).to.equal(false);
    expect(hasDepartmentChoice(region({ departments: [URGENT_CARE, PEDIATRICS] }))).to.equal(true);
    expect(hasDepartmentChoice(region({ departments: [] }))).to.equal(false);
  });

  it('picks the only department whatever the form says', () => {
    expect(chosenDepartment(region(), '')).to.equal(URGENT_CARE);
    expect(chosenDepartment(region(), 'stale-id')).to.equal(URGENT_CARE);
  });

  it('picks the chosen one of several, or none', () => {
    const two = region({ departments: [URGENT_CARE, PEDIATRICS] });
    expect(chosenDepartment(two, 'dept-peds')).to.equal(PEDIATRICS);
    expect(chosenDepartment(two, '')).to.equal(undefined);
    expect(chosenDepartment(two, 'unknown')).to.equal(undefined);
    expect(chosenDepartment(region({ departments: [] }), 'dept-urgent')).to.equal(undefined);
  });
});

describe('nameOrder', () => {
  it('orders plain names (letters and spaces) exactly as the English and Spanish collators do, without one', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z ]{0,12}$/), { maxLength: 30 }), fc.constantFrom('en', 'es', 'es-MX'), (names, locale) => {
        const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
        const order = nameOrder(names, locale);
        for (const a of names) for (const b of names) expect(Math.sign(order(a, b)), `${a} / ${b}`).to.equal(Math.sign(collator.compare(a, b)));
      }),
    );
  });

  it('falls back to the collator for anything else: accents, digits, punctuation', () => {
    const names = ['Región 10', 'Region 9', 'U.S. Virgin Islands'];
    expect([...names].sort(nameOrder(names, 'es'))).to.deep.equal(['Region 9', 'Región 10', 'U.S. Virgin Islands']);
  });
});
