import type { MetadataRoute } from 'next';
import { getCatalog } from '@/lib/content/source';
import { getMessages, interpolate } from '@/lib/i18n/messages';
import { webAppManifest } from '@/lib/seo';

/** /manifest.webmanifest, in the default locale: a manifest has one language. */
export default function manifest(): MetadataRoute.Manifest {
  const { site } = getCatalog();
  const t = getMessages(site.defaultLocale).meta;
  return webAppManifest({
    name: interpolate(t.homeTitle, { brand: site.brand }),
    shortName: site.brand,
    description: interpolate(t.homeDescription, { brand: site.brand }),
    startUrl: '/',
    lang: site.defaultLocale,
  });
}
