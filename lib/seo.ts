import type { Alternate, Catalog, PageRef } from './content/catalog';
import type { CompiledArticle } from './content/compiled';
import type { Site } from './content/schema';
import { getMessages } from './i18n/messages';
import { articlePath } from './routes';

export interface PageMetadataInput {
  title: string;
  description: string;
  /** This page's own path, e.g. /en/articles/reset-password. */
  path: string;
  alternates: readonly Alternate[];
  defaultLocale: string;
  /** The page's locale, and the name link previews show for the site ("Harborline Help Center"). */
  locale: string;
  siteName: string;
  type?: 'website' | 'article';
}

/**
 * Title, description, canonical URL and hreflang alternates for a page, shaped to be handed to
 * Next's metadata API as is (relative URLs resolve against the layout's metadataBase).
 */
export function pageMetadata(input: PageMetadataInput) {
  const translated = input.alternates.filter((alternate) => alternate.translated);
  const languages: Record<string, string> = Object.fromEntries(translated.map((alt) => [alt.locale, alt.path]));
  const fallback = translated.find((alt) => alt.locale === input.defaultLocale);
  if (fallback) languages['x-default'] = fallback.path;
  return {
    title: input.title,
    description: input.description,
    alternates: { canonical: input.path, languages },
    openGraph: {
      title: input.title,
      description: input.description,
      url: input.path,
      siteName: input.siteName,
      locale: openGraphLocale(input.locale),
      alternateLocale: translated.filter((alt) => alt.locale !== input.locale).map((alt) => openGraphLocale(alt.locale)),
      type: input.type ?? 'website',
      images: [{ ...SOCIAL_CARD, alt: input.siteName }],
    },
    twitter: { card: 'summary_large_image' as const, title: input.title, description: input.description, images: [{ ...SOCIAL_CARD, alt: input.siteName }] },
  };
}

/** pageMetadata for a page of the catalog in `locale`: its translations, the default locale and the site's name come from the catalog. */
export function catalogPageMetadata(
  catalog: Pick<Catalog, 'alternates' | 'defaultLocale' | 'site'>,
  locale: string,
  page: PageRef,
  input: { title: string; description: string; path: string },
) {
  return pageMetadata({
    ...input,
    alternates: catalog.alternates(page),
    defaultLocale: catalog.defaultLocale,
    locale,
    siteName: helpCenterName(catalog.site.brand, locale),
  });
}

/** Open Graph names locales language_TERRITORY; the site's Chinese is Simplified, as written in mainland China. */
const OPEN_GRAPH_LOCALES: Record<string, string> = { en: 'en_US', zh: 'zh_CN' };
export const openGraphLocale = (locale: string) => OPEN_GRAPH_LOCALES[locale] ?? locale.replace('-', '_');

/**
 * Every locale's version of a page for a sitemap entry (hreflang), with x-default on the default
 * locale's, as absolute URLs; pages with no translation in a locale leave it out.
 */
export function sitemapAlternates(origin: string, alternates: readonly Alternate[], defaultLocale: string): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const alternate of alternates) if (alternate.translated) languages[alternate.locale] = new URL(alternate.path, origin).toString();
  if (languages[defaultLocale]) languages['x-default'] = languages[defaultLocale];
  return languages;
}

/** The site's name in a locale, as browsers and link previews show it: "Harborline Help Center", "Harborline 帮助中心". */
export const helpCenterName = (brand: string, locale: string) => `${brand} ${getMessages(locale).layout.helpCenter}`;

/** The image link previews show (public/social-card.png; drawn by scripts/render-public-images.ts). */
export const SOCIAL_CARD = { url: '/social-card.png', width: 1200, height: 630 } as const;

/** The brand's colour, as in app/icon.svg: the browser's toolbar and the splash screen of an installed app. */
const BRAND_COLOR = '#0f7c7a';

/**
 * The web app manifest, so a phone can add the help center to its home screen with the right name
 * and icons. Names come from site.yaml; the icons in public/ carry no brand name.
 */
export function webAppManifest(input: { name: string; shortName: string; description: string; startUrl: string; lang: string }) {
  return {
    name: input.name,
    short_name: input.shortName,
    description: input.description,
    start_url: input.startUrl,
    lang: input.lang,
    display: 'minimal-ui' as const,
    background_color: '#ffffff',
    theme_color: BRAND_COLOR,
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' as const },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' as const },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' as const },
    ],
  };
}

/** JSON-LD is embedded in a <script>; escaping `<` keeps text like "</script>" from closing it. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** schema.org BreadcrumbList for a trail of pages, with absolute URLs. */
export function breadcrumbJsonLd(origin: string, trail: readonly { name: string; path: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: new URL(crumb.path, origin).toString(),
    })),
  };
}

/** schema.org Article for a help article. */
export function articleJsonLd(site: Site, article: CompiledArticle) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.title,
    description: article.description,
    inLanguage: article.locale,
    dateModified: article.updated,
    url: new URL(articlePath(article.locale, article.slug), site.helpCenter).toString(),
    publisher: { '@type': 'Organization', name: site.brand, url: site.website },
  };
}

/** schema.org FAQPage for an article made of questions and answers (lib/content/faq.ts), or null. */
export function faqJsonLd(article: Pick<CompiledArticle, 'faq' | 'locale'>) {
  if (article.faq.length === 0) return null;
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: article.locale,
    mainEntity: article.faq.map(({ question, answer }) => ({ '@type': 'Question', name: question, acceptedAnswer: { '@type': 'Answer', text: answer } })),
  };
}
