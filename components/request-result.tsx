'use client';

import { Check, Copy, Mail } from 'lucide-react';
import { type Ref, useState } from 'react';
import type { Messages } from '@/lib/i18n/messages';
import { interpolate } from '@/lib/i18n/format';
import type { RequestFormResult } from '@/lib/support/form';
import { mailtoHref } from '@/lib/support/request-text';
import { secondaryButtonClass } from './button-style';

type Shown = Exclude<RequestFormResult, { kind: 'invalid' } | { kind: 'secret' }>;

/**
 * What the contact form says after an attempt: the prepared request to copy or e-mail, the ticket's
 * reference, or why it was not submitted, always with the text, so nothing typed is lost.
 */
export function RequestResult({
  result,
  strings,
  supportEmail,
  canCopy,
  ref,
}: {
  result: Shown;
  strings: Messages['contact']['form'];
  supportEmail: string;
  /** Copying needs JavaScript; without it the text is in a box to select. */
  canCopy: boolean;
  ref?: Ref<HTMLDivElement>;
}) {
  const problem = result.kind === 'rate-limited' || result.kind === 'failed' || result.kind === 'unavailable';
  const title =
    result.kind === 'prepared'
      ? strings.preparedTitle
      : result.kind === 'submitted'
        ? strings.submittedTitle
        : result.kind === 'unavailable'
          ? strings.unavailableTitle
          : null;
  const body =
    result.kind === 'prepared'
      ? interpolate(strings.preparedIntro, { address: supportEmail })
      : result.kind === 'submitted'
        ? result.reference
          ? interpolate(strings.submittedBody, { reference: result.reference })
          : strings.submittedNoReference
        : result.kind === 'unavailable'
          ? strings.unavailableBody
          : result.kind === 'rate-limited'
            ? strings.rateLimited
            : strings.failed;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role={problem ? 'alert' : 'status'}
      data-result={result.kind}
      className={`rounded-xl border p-5 focus:outline-none ${
        problem
          ? 'border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50'
          : 'border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-50'
      }`}
    >
      {title && <h3 className="text-lg font-semibold">{title}</h3>}
      <p className="mt-1 leading-7">{body}</p>
      {'text' in result && <PreparedText subject={result.subject} text={result.text} strings={strings} supportEmail={supportEmail} canCopy={canCopy} />}
    </div>
  );
}

function PreparedText({
  subject,
  text,
  strings,
  supportEmail,
  canCopy,
}: {
  subject: string;
  text: string;
  strings: Messages['contact']['form'];
  supportEmail: string;
  canCopy: boolean;
}) {
  const [copied, setCopied] = useState(false);
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <>
      <label htmlFor="preparedRequest" className="sr-only">
        {strings.preparedTitle}
      </label>
      <textarea
        id="preparedRequest"
        readOnly
        value={text}
        rows={Math.min(24, text.split('\n').length + 4)}
        className="mt-3 block w-full rounded-lg border border-slate-300 bg-white p-3 font-mono text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-white"
      />
      <div className="mt-3 flex flex-wrap gap-3">
        {canCopy && (
          <button type="button" onClick={copy} className={secondaryButtonClass}>
            {copied ? <Check aria-hidden="true" className="size-4" /> : <Copy aria-hidden="true" className="size-4" />}
            {copied ? strings.copied : strings.copy}
          </button>
        )}
        <a href={mailtoHref(supportEmail, { subject, text })} className={secondaryButtonClass}>
          <Mail aria-hidden="true" className="size-4" />
          {strings.email}
        </a>
      </div>
    </>
  );
}
