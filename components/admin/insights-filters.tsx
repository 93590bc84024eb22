import { secondaryButtonClass } from '@/components/button-style';
import { DEFAULT_LIMIT, DEFAULT_SINCE, MAX_LIMIT, type QueryReading } from '@/lib/insights/insights-api';
import { getMessages, interpolate } from '@/lib/i18n/messages';

const inputClass =
  'rounded-lg border border-slate-400 bg-white px-3 py-2 text-slate-900 aria-invalid:border-red-700 dark:border-slate-500 dark:bg-slate-900 dark:text-white dark:aria-invalid:border-red-400';

/** Since, language and rows: a GET form, so a filtered report is a link a writer can share. */
export function InsightsFilters({
  locale,
  locales,
  params,
  error,
}: {
  locale: string;
  locales: readonly string[];
  params: URLSearchParams;
  error: Extract<QueryReading, { ok: false }> | null;
}) {
  const t = getMessages(locale).admin;
  const invalid = (field: string) => (error?.field === field ? { 'aria-invalid': true, 'aria-describedby': 'filterError' } : {});
  const displayNames = new Intl.DisplayNames([locale], { type: 'language' });
  const json = new URLSearchParams([...params].filter(([key]) => ['since', 'locale', 'limit'].includes(key)));
  return (
    <section aria-labelledby="filtersHeading" className="mt-6 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      <h2 id="filtersHeading" className="sr-only">
        {t.filters}
      </h2>
      <form method="get" className="flex flex-wrap items-end gap-4">
        <div className="flex flex-col gap-1">
          <label htmlFor="filterSince" className="text-sm font-semibold text-slate-900 dark:text-white">
            {t.since}
          </label>
          <input id="filterSince" name="since" defaultValue={params.get('since') ?? DEFAULT_SINCE} size={12} className={inputClass} aria-describedby="filterSinceHint" {...invalid('since')} />
          <span id="filterSinceHint" className="text-xs text-slate-600 dark:text-slate-300">
            {t.sinceHint}
          </span>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filterLocale" className="text-sm font-semibold text-slate-900 dark:text-white">
            {t.locale}
          </label>
          <select id="filterLocale" name="locale" defaultValue={params.get('locale') ?? ''} className={inputClass} {...invalid('locale')}>
            <option value="">{t.allLocales}</option>
            {locales.map((code) => (
              <option key={code} value={code}>
                {displayNames.of(code) ?? code}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filterLimit" className="text-sm font-semibold text-slate-900 dark:text-white">
            {t.limit}
          </label>
          <input id="filterLimit" name="limit" type="number" min={1} max={MAX_LIMIT} defaultValue={params.get('limit') ?? DEFAULT_LIMIT} className={`w-24 ${inputClass}`} {...invalid('limit')} />
        </div>
        <button type="submit" className={secondaryButtonClass}>
          {t.apply}
        </button>
      </form>
      {error ? (
        <p id="filterError" role="alert" className="mt-3 text-sm text-red-700 dark:text-red-300">
          {{ since: t.invalidSince, locale: t.invalidLocale, limit: interpolate(t.invalidLimit, { max: String(MAX_LIMIT), rows: String(DEFAULT_LIMIT) }) }[error.field]}
        </p>
      ) : null}
      <p className="mt-3 text-sm">
        <a href={`/admin/insights.json${json.size ? `?${json}` : ''}`} className="rounded-md text-brand-700 underline underline-offset-2 dark:text-brand-300">
          {t.downloadJson}
        </a>
      </p>
    </section>
  );
}
