import { Link } from '@/components/site-link';
import { ArrowLeft, ArrowRight, CircleCheck, LifeBuoy, RotateCcw, TriangleAlert } from 'lucide-react';
import type { CompiledArticle } from '@/lib/content/compiled';
import type { FlowStepView } from '@/lib/flows/view';
import { getMessages, interpolate } from '@/lib/i18n/messages';
import { articlePath, contactPath, flowPath } from '@/lib/routes';
import { PROSE } from './prose';
import { primaryButtonClass } from './button-style';
import { Notice } from './notice';

/** Back and Start over: quiet text links under the step. */
const NAV_LINK = 'inline-flex items-center gap-1.5 text-brand-700 underline-offset-4 hover:underline dark:text-brand-300';
/**
 * One step of a guided flow, as plain server-rendered HTML: every choice is a link to the next
 * step's address, so the flow works the same with JavaScript off, after a reload, and when shared.
 */
export function FlowStep({ locale, view, articles }: { locale: string; view: FlowStepView; articles: CompiledArticle[] }) {
  const t = getMessages(locale).flows;
  const { flow, step, answers, progress } = view;
  const href = (path: readonly string[]) => flowPath(locale, flow.slug, path);
  return (
    <div className="max-w-2xl">
      {view.restarted && <Notice className="mb-6">{t.restarted}</Notice>}
      <p className="text-sm text-slate-600 dark:text-slate-400">{interpolate(t.progress, progress)}</p>
      <div aria-hidden="true" className="mt-2 h-1.5 rounded-full bg-slate-200 dark:bg-slate-800">
        <div className="h-1.5 rounded-full bg-brand-600 dark:bg-brand-300" style={{ width: `${(100 * progress.current) / progress.total}%` }} />
      </div>

      <section aria-labelledby="stepTitle" className="mt-6">
        {step.type === 'question' && (
          <>
            <h2 id="stepTitle" className="text-2xl font-semibold text-slate-900 dark:text-white">
              {step.text}
            </h2>
            {step.help && <div className={`${PROSE} mt-3`} dangerouslySetInnerHTML={{ __html: step.help }} />}
            {step.consequence && <Consequence title={t.consequenceTitle} text={step.consequence} />}
            <ul className="mt-6 grid gap-3">
              {view.options.map((option) => (
                <li key={option.id}>
                  <Link
                    href={href(option.answers)}
                    className="flex items-center justify-between gap-3 rounded-xl border border-slate-300 px-4 py-3.5 font-semibold text-slate-900 hover:border-brand-600 hover:bg-brand-50 dark:border-slate-700 dark:text-slate-100 dark:hover:border-brand-300 dark:hover:bg-brand-950"
                  >
                    {option.label}
                    <ArrowRight aria-hidden="true" className="size-4 shrink-0 text-brand-700 dark:text-brand-300" />
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}

        {step.type === 'instruction' && (
          <>
            <h2 id="stepTitle" className="text-2xl font-semibold text-slate-900 dark:text-white">
              {step.title}
            </h2>
            <div className={`${PROSE} mt-3`} dangerouslySetInnerHTML={{ __html: step.html }} />
            {step.consequence && <Consequence title={t.consequenceTitle} text={step.consequence} />}
            {step.checklist ? (
              // The browser refuses to go on until every box is ticked; the boxes have no name, so nothing is added to the URL.
              <form action={href(view.options[0]!.answers)} method="get" className="mt-6">
                <fieldset>
                  <legend className="font-semibold text-slate-900 dark:text-white">{t.checklistTitle}</legend>
                  <ul className="mt-3 grid gap-2">
                    {step.checklist.map((item) => (
                      <li key={item}>
                        <label className="flex items-start gap-3 text-slate-800 dark:text-slate-200">
                          <input type="checkbox" required className="mt-1 size-4 accent-brand-700" />
                          <span>{item}</span>
                        </label>
                      </li>
                    ))}
                  </ul>
                </fieldset>
                <button type="submit" className={`${primaryButtonClass} mt-5`}>
                  {t.continue}
                  <ArrowRight aria-hidden="true" className="size-4" />
                </button>
              </form>
            ) : (
              <Link href={href(view.options[0]!.answers)} className={`${primaryButtonClass} mt-6`}>
                {t.continue}
                <ArrowRight aria-hidden="true" className="size-4" />
              </Link>
            )}
          </>
        )}

        {step.type === 'outcome' && (
          <>
            <p className="flex items-center gap-2 text-sm font-semibold tracking-wide text-brand-700 uppercase dark:text-brand-300">
              {step.result === 'resolved' ? <CircleCheck aria-hidden="true" className="size-5" /> : <LifeBuoy aria-hidden="true" className="size-5" />}
              {step.result === 'resolved' ? t.resolvedLabel : t.escalateLabel}
            </p>
            <h2 id="stepTitle" className="mt-2 text-2xl font-semibold text-slate-900 dark:text-white">
              {step.title}
            </h2>
            <div className={`${PROSE} mt-3`} dangerouslySetInnerHTML={{ __html: step.html }} />
            {step.consequence && <Consequence title={t.consequenceTitle} text={step.consequence} />}
            {step.result === 'escalate' && (
              <div className="mt-6 rounded-xl border border-slate-200 p-5 dark:border-slate-800">
                {step.channel && (
                  <p>
                    <span className="font-semibold text-slate-900 dark:text-white">{t.channelTitle}</span>{' '}
                    <span className="text-slate-700 dark:text-slate-300">{t.channels[step.channel]}</span>
                  </p>
                )}
                {step.prepare && (
                  <>
                    <h3 className="mt-4 font-semibold text-slate-900 dark:text-white">{t.prepareTitle}</h3>
                    <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
                      {step.prepare.map((item) => (
                        <li key={item}>{item}</li>
                      ))}
                    </ul>
                  </>
                )}
                <Link href={contactPath(locale, { flow: flow.slug, outcome: view.stepId, answers })} className={`${primaryButtonClass} mt-5`}>
                  {t.contactLink}
                  <ArrowRight aria-hidden="true" className="size-4" />
                </Link>
              </div>
            )}
            {articles.length > 0 && (
              <>
                <h3 className="mt-8 font-semibold text-slate-900 dark:text-white">{t.readMore}</h3>
                <ul className="mt-2 space-y-1">
                  {articles.map((article) => (
                    <li key={article.slug}>
                      <Link href={articlePath(locale, article.slug)} className="text-brand-700 underline underline-offset-4 dark:text-brand-300">
                        {article.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </section>

      {answers.length > 0 && (
        <nav aria-label={t.yourAnswers} className="mt-10 flex flex-wrap gap-x-6 gap-y-2 border-t border-slate-200 pt-4 text-sm dark:border-slate-800">
          <Link href={href(answers.slice(0, -1))} className={NAV_LINK}>
            <ArrowLeft aria-hidden="true" className="size-4" />
            {t.back}
          </Link>
          <Link href={href([])} className={NAV_LINK}>
            <RotateCcw aria-hidden="true" className="size-4" />
            {t.startOver}
          </Link>
        </nav>
      )}
    </div>
  );
}

/** What a step will cost the person (a withdrawal hold, a frozen account), before they commit to it. */
function Consequence({ title, text }: { title: string; text: string }) {
  return (
    <div role="note" className="mt-5 flex gap-3 rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
      <TriangleAlert aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
      <div>
        <p className="font-semibold">{title}</p>
        <p className="mt-1 leading-7">{text}</p>
      </div>
    </div>
  );
}
