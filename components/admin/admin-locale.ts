import { headers } from 'next/headers';
import { getCatalog } from '@/lib/content/source';
import { negotiateLocale } from '@/lib/i18n/negotiate';

/** The admin pages have no locale in their URL: they speak the browser's preferred language. */
export async function adminLocale(): Promise<string> {
  const { locales, defaultLocale } = getCatalog();
  return negotiateLocale((await headers()).get('accept-language'), locales, defaultLocale);
}
