import { match } from '@formatjs/intl-localematcher';
import Negotiator from 'negotiator';

/**
 * Picks the best of `locales` for an Accept-Language header. RFC 4647 "lookup" truncates tags, so
 * `zh-CN`, `zh-Hans-CN` and `zh-TW` all find `zh`: a Traditional Chinese reader is better served by
 * Simplified Chinese than by English ("best fit" would treat zh-Hant and zh-Hans as unrelated).
 */
export function negotiateLocale(
  acceptLanguage: string | null,
  locales: readonly string[],
  defaultLocale: string,
): string {
  const requested = new Negotiator({ headers: { 'accept-language': acceptLanguage ?? '' } })
    .languages()
    .filter((tag) => tag !== '*');
  try {
    return match(requested, locales, defaultLocale, { algorithm: 'lookup' });
  } catch {
    // The matcher throws on malformed tags (e.g. "en_US!"); a bad header must not break the page.
    return defaultLocale;
  }
}

/**
 * The locale a 404 page should speak: the URL's first segment if it is a locale (/zh/no-such-page),
 * otherwise the reader's browser preference.
 */
export function notFoundLocale(
  pathname: string | null,
  acceptLanguage: string | null,
  locales: readonly string[],
  defaultLocale: string,
): string {
  const first = pathname?.split('/')[1] ?? '';
  return locales.includes(first) ? first : negotiateLocale(acceptLanguage, locales, defaultLocale);
}
