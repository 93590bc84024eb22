import en from './messages/en.json';
import zh from './messages/zh.json';

// The formatting helpers hold no strings, so the browser can use them without the message files.
export { interpolate, plural } from './format';

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

// Making a formatter costs far more than formatting (a thousand article pages, each with a date).
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(isoDate: string, locale: string): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}
