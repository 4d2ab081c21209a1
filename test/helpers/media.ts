/**
 * `prefers-color-scheme` and `prefers-reduced-motion` in every engine. Chromium emulates them (CDP, through
 * @web/test-runner-commands). Firefox over WebDriver BiDi and WebKit over classic WebDriver cannot, so there
 * the widget's own media rules are forced instead: each `@media (prefers-…)` block in the stylesheets its
 * elements adopt is switched on or off, exactly what the browser does when the preference matches. The
 * widget's CSS is untouched; only this test page's copies of the rules change, and `resetMedia` puts them back.
 */
import { emulateMedia as emulateWithCdp } from '@web/test-runner-commands';
import type { CSSResult, ReactiveElement } from 'lit';
import { engine } from './engine.js';

export interface MediaFeatures {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
}

/** The widget's elements: every stylesheet the whole widget adopts belongs to one of them. */
const TAGS = ['dexcare-virtual-visit', 'dexcare-region-picker', 'dexcare-wait-time-badge', 'dexcare-visit-form'];

const original = new Map<CSSMediaRule, string>();
const forced: MediaFeatures = {};

function mediaRules(): CSSMediaRule[] {
  const rules: CSSMediaRule[] = [];
  const visit = (list: CSSRuleList) => {
    for (const rule of list) {
      if (rule instanceof CSSMediaRule) rules.push(rule);
      if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const tag of TAGS) {
    const element = customElements.get(tag) as (typeof ReactiveElement & { elementStyles: CSSResult[] }) | undefined;
    // A part loaded on demand is forced when it arrives.
    if (!element) {
      void customElements.whenDefined(tag).then(apply);
      continue;
    }
    for (const style of element.elementStyles) {
      const sheet = style instanceof CSSStyleSheet ? style : style.styleSheet;
      if (sheet) visit(sheet.cssRules);
    }
  }
  return rules;
}

/** Whether a rule's condition ("(prefers-color-scheme: dark)") holds under the forced features; undefined: not forced. */
function holds(condition: string): boolean | undefined {
  const match = /^\(\s*prefers-(color-scheme|reduced-motion)\s*:\s*([a-z-]+)\s*\)$/.exec(condition.trim());
  if (!match) {
    if (/prefers-(color-scheme|reduced-motion)/.test(condition)) throw new Error(`media.ts cannot force "${condition}"`);
    return undefined;
  }
  const value = match[1] === 'color-scheme' ? forced.colorScheme : forced.reducedMotion;
  return value === undefined ? undefined : value === match[2];
}

function apply(): void {
  for (const rule of mediaRules()) {
    if (!original.has(rule)) original.set(rule, rule.media.mediaText);
    const condition = original.get(rule)!;
    const verdict = holds(condition);
    rule.media.mediaText = verdict === undefined ? condition : verdict ? 'all' : 'not all';
  }
}

/** Like @web/test-runner-commands' emulateMedia, for the two preferences the widget reads. */
export async function emulateMedia(features: MediaFeatures): Promise<void> {
  if (engine === 'chromium') {
    await emulateWithCdp(features);
    return;
  }
  Object.assign(forced, features);
  apply();
}

/** Back to the browser's own preferences. */
export async function resetMedia(): Promise<void> {
  if (engine === 'chromium') {
    await emulateWithCdp({ colorScheme: 'light', reducedMotion: 'no-preference' });
    return;
  }
  delete forced.colorScheme;
  delete forced.reducedMotion;
  apply();
}
