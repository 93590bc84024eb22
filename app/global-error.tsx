'use client';

import { ErrorView } from '@/components/error-view';
import { errorPageFor } from '@/lib/i18n/error-page';
import './globals.css';

/** When a root layout itself fails: a whole page of its own, in the language of the URL. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale, strings } = errorPageFor(typeof window === 'undefined' ? undefined : window.location.pathname);
  return (
    <html lang={locale}>
      <body className="min-h-dvh font-sans">
        <ErrorView locale={locale} strings={strings} digest={error.digest} retry={reset} />
      </body>
    </html>
  );
}
