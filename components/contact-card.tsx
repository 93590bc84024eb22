import { Link } from '@/components/site-link';
import { primaryButtonClass } from './button-style';
import { ArrowRight, LifeBuoy } from 'lucide-react';
import { getMessages } from '@/lib/i18n/messages';

/** The way out of self-service: where to go when the articles have not solved it. */
export function ContactCard({ locale, href }: { locale: string; href: string }) {
  const t = getMessages(locale).home;
  return (
    <section aria-labelledby="contactTitle" className="self-start rounded-xl bg-brand-50 p-6 dark:bg-brand-950">
      <LifeBuoy aria-hidden="true" className="size-7 text-brand-700 dark:text-brand-300" />
      <h2 id="contactTitle" className="mt-3 text-xl font-semibold text-slate-900 dark:text-white">
        {t.contactTitle}
      </h2>
      <p className="mt-2 leading-7 text-slate-700 dark:text-slate-300">{t.contactBody}</p>
      <Link
        href={href}
        className={`mt-4 ${primaryButtonClass}`}
      >
        {t.contactLink}
        <ArrowRight aria-hidden="true" className="size-4" />
      </Link>
    </section>
  );
}
