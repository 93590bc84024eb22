import type { MetadataRoute } from 'next';
import { getCatalog } from '@/lib/content/source';

export default function robots(): MetadataRoute.Robots {
  const { helpCenter } = getCatalog().site;
  return { rules: { userAgent: '*', allow: '/' }, sitemap: `${helpCenter}/sitemap.xml` };
}
