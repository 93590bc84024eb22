import type { ReplyTime, SupportChannelFacts } from '../content/schema';
import { interpolate, type Messages, plural } from '../i18n/messages';

type ContactMessages = Messages['contact'];

/** A reply time in words: "5 minutes", "24 hours", "2 business days" (and 5分钟, 24小时, 2 个工作日). */
export function formatDuration(time: ReplyTime, locale: string, t: ContactMessages): string {
  if ('businessDays' in time) return plural(t.businessDays, locale, time.businessDays);
  const [unit, count] = 'minutes' in time ? (['minute', time.minutes] as const) : (['hour', time.hours] as const);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(count);
}

/** The facts line by line, as the contact page states them for one channel. */
export function describeChannelFacts(channel: SupportChannelFacts, locale: string, t: ContactMessages) {
  const hours =
    channel.hours === 'always'
      ? t.hoursAlways
      : channel.hours
        ? interpolate(t.hoursWeekdays, { from: channel.hours.weekdays[0], to: channel.hours.weekdays[1] })
        : t.hoursQueue;
  // Live chat answers in minutes, and "usually" is honest about busy times; the others promise a bound.
  const reply = interpolate(channel.hours === 'always' ? t.usually : t.within, { duration: formatDuration(channel.firstReply, locale, t) });
  const complex = channel.complexCases ? interpolate(t.complexCases, { duration: formatDuration(channel.complexCases, locale, t) }) : null;
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  const languages = channel.languages.map((code) => names.of(code) ?? code);
  return {
    hours,
    firstReply: reply,
    complexCases: complex,
    languages: languages.length > 0 ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(languages) : null,
  };
}
