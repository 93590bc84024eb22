import en from './messages/en.json';
import zh from './messages/zh.json';

/** The interface strings of one locale; English is the reference every other file must match. */
export type Messages = typeof en;

/** Adding a locale to the interface is adding its strings file here. */
const catalogs: Record<string, Messages> = { en, zh };

export const localesWithMessages = Object.keys(catalogs);

export function getMessages(locale: string): Messages {
  const messages = catalogs[locale];
  if (!messages) throw new Error(`No interface strings for locale "${locale}"`);
  return messages;
}

/** Fills `{name}` placeholders; an unknown placeholder is left visible so it is noticed. */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

/** Picks the plural form (`one`, `other`, ...) the locale's rules ask for. */
export function plural(
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
  locale: string,
  count: number,
  values: Record<string, string | number> = {},
): string {
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
  return interpolate(form, { ...values, count: count.toLocaleString(locale) });
}

export function formatDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
