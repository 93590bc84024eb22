import type { Metadata } from 'next';
import { adminLocale } from '@/components/admin/admin-locale';
import { HydrationMark } from '@/components/hydration-mark';
import '../globals.css';

// Pages for the site's own writers: never indexed, never cached.
export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The admin pages' own root: no site header or search, just the page in the browser's language. */
export default async function AdminLayout({ children }: LayoutProps<'/admin'>) {
  return (
    <html lang={await adminLocale()}>
      <body className="min-h-dvh font-sans">
        {children}
        <HydrationMark />
      </body>
    </html>
  );
}
