import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { HydrationMark } from '@/components/hydration-mark';
import { SiteFooter } from '@/components/site-footer';
import { getCatalog } from '@/lib/content/source';
import { getMessages, interpolate } from '@/lib/i18n/messages';
import { helpCenterName } from '@/lib/seo';
import '../globals.css';

export function generateStaticParams() {
  return getCatalog().locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  const catalog = getCatalog();
  if (!catalog.isLocale(locale)) return {};
  const { site } = catalog;
  const t = getMessages(locale).meta;
  return {
    metadataBase: new URL(site.helpCenter),
    title: { default: interpolate(t.homeTitle, { brand: site.brand }), template: interpolate(t.titleTemplate, { brand: site.brand, title: '%s' }) },
    description: interpolate(t.homeDescription, { brand: site.brand }),
    applicationName: helpCenterName(site.brand, locale),
    icons: { apple: '/apple-touch-icon.png' },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
};

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!getCatalog().isLocale(locale)) notFound();
  const t = getMessages(locale).layout;
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col font-sans">
        <a
          href="#mainContent"
          className="sr-only rounded-md bg-brand-700 px-4 py-2 font-semibold text-white focus:not-sr-only focus:absolute focus:top-3 focus:left-3 focus:z-50"
        >
          {t.skipToContent}
        </a>
        <div className="flex-1">{children}</div>
        <SiteFooter locale={locale} />
        <HydrationMark />
      </body>
    </html>
  );
}
