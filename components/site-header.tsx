import { Link } from '@/components/site-link';
import type { Alternate } from '@/lib/content/catalog';
import { getCatalog } from '@/lib/content/source';
import { getMessages, interpolate } from '@/lib/i18n/messages';
import { homePath, searchPath } from '@/lib/routes';
import { browserFlowsUrl, browserIndexUrl } from '@/lib/search/source';
import { BrandMark } from './brand-mark';
import { LanguageSwitch } from './language-switch';
import { InstantSearch } from './instant-search';

export function SiteHeader({ locale, alternates }: { locale: string; alternates: readonly Alternate[] }) {
  const { brand } = getCatalog().site;
  const t = getMessages(locale).layout;
  return (
    <header className="relative z-30 border-b border-slate-200 bg-white/90 backdrop-blur print:hidden dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-3 px-4 py-3 sm:flex-nowrap sm:px-6">
        <Link
          href={homePath(locale)}
          aria-label={interpolate(t.homeLink, { brand })}
          className="flex items-center gap-2.5 rounded-md font-semibold text-slate-900 dark:text-white"
        >
          <BrandMark className="size-8" />
          <span>
            {brand} <span className="font-normal text-slate-600 dark:text-slate-300">{t.helpCenter}</span>
          </span>
        </Link>
        <div className="order-last w-full sm:order-none sm:max-w-sm">
          <InstantSearch
            locale={locale}
            action={searchPath(locale)}
            indexUrl={browserIndexUrl(locale)}
            flowsUrl={browserFlowsUrl(locale)}
            strings={getMessages(locale).search}
            offerLabel={getMessages(locale).flows.searchOffer}
          />
        </div>
        <LanguageSwitch locale={locale} alternates={alternates} />
      </div>
    </header>
  );
}
