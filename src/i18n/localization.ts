/**
 * The widget's languages, English and Spanish, through `@lit/localize` in runtime mode.
 *
 * lit-localize keeps one active locale per page: two widgets on one page share the last locale set.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './locales/locale-codes.js';

export type WidgetLanguage = typeof sourceLocale | (typeof targetLocales)[number];

type LocalizationApi = ReturnType<typeof configureLocalization>;

// lit-localize throws when configured twice; a page that loads the bundle twice (or a host that
// imports both the bundle and the package) keeps the first configuration and reuses it.
const API_KEY = Symbol.for('dexcare-virtual-visit.localization');
type ApiHolder = typeof globalThis & { [API_KEY]?: LocalizationApi };

function localization(): LocalizationApi {
  const holder = globalThis as ApiHolder;
  holder[API_KEY] ??= configureLocalization({
    sourceLocale,
    targetLocales,
    // A dynamic import, so the Spanish strings are their own chunk: English pages never fetch them.
    loadLocale: () => import('./locales/es.js'),
  });
  return holder[API_KEY];
}

/** The language the widget speaks for a requested BCP 47 tag: any `es-*` is Spanish, the rest English. */
export function widgetLanguage(requested: string | undefined): WidgetLanguage {
  return /^es(-|_|$)/i.test(requested?.trim() ?? '') ? 'es' : 'en';
}

/**
 * The first of `requested` (attribute, page, browser) in a language the widget speaks, else `en`: a
 * French page read in a Spanish browser gets Spanish, not English.
 */
export function firstSpokenTag(requested: readonly (string | undefined)[]): string {
  return requested.map((tag) => tag?.trim() ?? '').find((tag) => /^(en|es)(-|_|$)/i.test(tag)) ?? 'en';
}

/**
 * The tag for `Intl` (dates, times, prices): the requested one when it is in the widget's language,
 * else that language; without a region, the US one, as every practice and price is in the US
 * (`es` → `es-US` shows "$49.50", not "49,50 US$").
 */
export function intlLocale(requested: string | undefined): string {
  const language = widgetLanguage(requested);
  let tag: string = language;
  try {
    const parsed = new Intl.Locale((requested ?? '').trim().replace(/_/g, '-'));
    if (parsed.language === language && parsed.region) tag = parsed.baseName;
  } catch {
    // Not a valid tag (empty, garbage): the language alone.
  }
  return tag.includes('-') ? tag : `${tag}-US`;
}

/** The tag for `Intl` in the widget's language (`es` → `es-US`), from `locale`, the page's `lang`, then the browser. */
export function widgetLocale(locale: string | undefined): string {
  return intlLocale(firstSpokenTag([locale, document.documentElement.lang, navigator.language, ...(navigator.languages ?? [])]));
}

/** The language the page's widgets show now (the last one loaded). */
export function activeLanguage(): WidgetLanguage {
  return localization().getLocale() as WidgetLanguage;
}

/** Switches every widget on the page to `requested`'s language; resolves once its strings are loaded. */
export async function applyLocale(requested: string | undefined): Promise<void> {
  // Always through setLocale: it also cancels a load still under way for another language.
  await localization().setLocale(widgetLanguage(requested));
}
