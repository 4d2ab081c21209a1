import { msg } from '@lit/localize';
import { US_STATES } from './field-rules.js';
import type { Choice } from './choices.js';
import { nameCollator } from './collation.js';

export type UsState = (typeof US_STATES)[number];

/** Translatable names, called when read so a change of locale shows. */
const STATE_NAME_WORDS: Record<UsState, () => string> = {
  AL: () => msg('Alabama'),
  AK: () => msg('Alaska'),
  AZ: () => msg('Arizona'),
  AR: () => msg('Arkansas'),
  CA: () => msg('California'),
  CO: () => msg('Colorado'),
  CT: () => msg('Connecticut'),
  DE: () => msg('Delaware'),
  FL: () => msg('Florida'),
  GA: () => msg('Georgia'),
  HI: () => msg('Hawaii'),
  ID: () => msg('Idaho'),
  IL: () => msg('Illinois'),
  IN: () => msg('Indiana'),
  IA: () => msg('Iowa'),
  KS: () => msg('Kansas'),
  KY: () => msg('Kentucky'),
  LA: () => msg('Louisiana'),
  ME: () => msg('Maine'),
  MD: () => msg('Maryland'),
  MA: () => msg('Massachusetts'),
  MI: () => msg('Michigan'),
  MN: () => msg('Minnesota'),
  MS: () => msg('Mississippi'),
  MO: () => msg('Missouri'),
  MT: () => msg('Montana'),
  NE: () => msg('Nebraska'),
  NV: () => msg('Nevada'),
  NH: () => msg('New Hampshire'),
  NJ: () => msg('New Jersey'),
  NM: () => msg('New Mexico'),
  NY: () => msg('New York'),
  NC: () => msg('North Carolina'),
  ND: () => msg('North Dakota'),
  OH: () => msg('Ohio'),
  OK: () => msg('Oklahoma'),
  OR: () => msg('Oregon'),
  PA: () => msg('Pennsylvania'),
  RI: () => msg('Rhode Island'),
  SC: () => msg('South Carolina'),
  SD: () => msg('South Dakota'),
  TN: () => msg('Tennessee'),
  TX: () => msg('Texas'),
  UT: () => msg('Utah'),
  VT: () => msg('Vermont'),
  VA: () => msg('Virginia'),
  WA: () => msg('Washington'),
  WV: () => msg('West Virginia'),
  WI: () => msg('Wisconsin'),
  WY: () => msg('Wyoming'),
  DC: () => msg('District of Columbia'),
  AS: () => msg('American Samoa'),
  GU: () => msg('Guam'),
  MP: () => msg('Northern Mariana Islands'),
  PR: () => msg('Puerto Rico'),
  UM: () => msg('U.S. Minor Outlying Islands'),
  VI: () => msg('U.S. Virgin Islands'),
};

/** Code → name for the state select: the 50 states, DC and the territories DexCare accepts. */
export const US_STATE_NAMES: Readonly<Record<UsState, string>> = Object.freeze(
  Object.defineProperties(
    {},
    Object.fromEntries(US_STATES.map((code) => [code, { get: STATE_NAME_WORDS[code], enumerable: true }])),
  ) as Record<UsState, string>,
);

/** The state select's options, sorted by name as the patient reads them. */
export function usStateOptions(locale?: string): Choice<UsState>[] {
  const collator = nameCollator(locale);
  return US_STATES.map((value) => ({ value, label: US_STATE_NAMES[value] })).sort((a, b) => collator.compare(a.label, b.label));
}
