import type { MetadataRoute } from 'next';
import { getCatalog } from '@/lib/content/source';

/**
 * Everything a reader can open may be crawled; the JSON API and the writers' admin pages are not
 * pages. Search results stay crawlable so that their noindex is seen (a disallowed page can still be
 * listed from links to it, without its content).
 */
export default function robots(): MetadataRoute.Robots {
  const { helpCenter } = getCatalog().site;
  return { rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/admin/'] }, sitemap: `${helpCenter}/sitemap.xml` };
}
