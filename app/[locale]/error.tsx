'use client';

import { useParams } from 'next/navigation';
import { ErrorView } from '@/components/error-view';
import { errorPageFor } from '@/lib/i18n/error-page';

/** A page under a locale that fails to render: the layout stays, and the reader is told in their language. */
export default function LocaleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale, strings } = errorPageFor(useParams<{ locale: string }>().locale);
  return <ErrorView locale={locale} strings={strings} digest={error.digest} retry={reset} />;
}
