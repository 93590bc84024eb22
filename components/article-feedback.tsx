import { Link } from '@/components/site-link';
import { ShieldAlert } from 'lucide-react';
import { ArticleFeedbackForm, type ArticleFeedbackFormProps } from './article-feedback-form';
import { FEEDBACK_API_PATH, type ThanksState } from '@/lib/feedback/api';
import { COMMENT_MAX_LENGTH, VOTE_REASONS } from '@/lib/feedback/vote';
import { getMessages, interpolate } from '@/lib/i18n/messages';
import { homePath } from '@/lib/routes';

function formProps(locale: string, slug: string, start: ArticleFeedbackFormProps['start']): ArticleFeedbackFormProps {
  const messages = getMessages(locale);
  const { secretTitle, secretNothingSent, secrets } = messages.contact.form;
  return {
    locale,
    slug,
    action: FEEDBACK_API_PATH,
    start,
    reasons: VOTE_REASONS,
    commentMaxLength: COMMENT_MAX_LENGTH,
    strings: messages.feedback,
    secretStrings: { secretTitle, secretNothingSent, secrets },
  };
}

/**
 * "Was this helpful?" at the end of an article. The same HTML for everyone (article pages are static):
 * without JavaScript the buttons post a form and the thank-you page takes it from there.
 */
export function ArticleFeedback({ locale, slug }: { locale: string; slug: string }) {
  return (
    <section
      id="feedback"
      aria-labelledby="feedbackTitle"
      className="flex scroll-mt-6 flex-wrap items-center gap-x-6 gap-y-3 rounded-xl border border-slate-200 p-5 dark:border-slate-800"
    >
      <h2 id="feedbackTitle" className="text-lg font-semibold text-slate-900 dark:text-white">
        {getMessages(locale).feedback.question}
      </h2>
      <ArticleFeedbackForm {...formProps(locale, slug, 'ask')} titleId="feedbackTitle" />
    </section>
  );
}

/**
 * The thank-you page's body for each state the API can send a plain form post to: thanks (asking a
 * No for its reason), a refused secret, feedback unavailable, a form that could not be read.
 */
export function FeedbackThanks({
  locale,
  state,
  article,
  supportPath,
}: {
  locale: string;
  state: ThanksState;
  article: { slug: string; title: string; path: string } | null;
  supportPath: string | null;
}) {
  const messages = getMessages(locale);
  const t = messages.feedback;
  const vote = state.kind === 'thanks' || state.kind === 'refused' ? state.vote : null;
  // A No is asked for its reason, again after a refused comment; the same cookie makes it replace the No.
  const askReason = article !== null && vote === 'no' && (state.kind === 'refused' || (state.kind === 'thanks' && !state.reasonGiven));
  const title = { thanks: t.thanksTitle, refused: t.refusedTitle, unavailable: t.unavailableTitle, invalid: t.invalidTitle }[state.kind];
  const body = {
    invalid: t.invalidBody,
    unavailable: t.unavailableBody,
    refused: null,
    thanks: askReason ? t.noPrompt : vote === 'yes' ? t.thanksYes : vote === 'no' ? t.thanksNo : t.thanksGeneric,
  }[state.kind];
  return (
    <div className="max-w-2xl" data-feedback-state={state.kind}>
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900 dark:text-white">{title}</h1>
      {body && <p className="mt-3 leading-7 text-slate-700 dark:text-slate-300">{body}</p>}
      {state.kind === 'refused' && (
        <div
          data-secret={state.secret}
          className="mt-6 flex gap-3 rounded-xl border-2 border-red-600 bg-red-50 p-4 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50"
        >
          <ShieldAlert aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
          <div>
            <p>{messages.contact.form.secrets[state.secret]}</p>
            <p className="mt-1 text-sm">{t.refusedBody}</p>
          </div>
        </div>
      )}
      {askReason && (
        <div className="mt-2">
          <ArticleFeedbackForm {...formProps(locale, article.slug, 'reason')} />
        </div>
      )}
      <ul className="mt-8 space-y-2">
        <li>
          {article ? (
            <Link href={article.path} className="text-brand-700 underline underline-offset-4 dark:text-brand-300">
              {interpolate(t.backToArticle, { title: article.title })}
            </Link>
          ) : (
            <Link href={homePath(locale)} className="text-brand-700 underline underline-offset-4 dark:text-brand-300">
              {t.backHome}
            </Link>
          )}
        </li>
        {vote === 'no' && supportPath && (
          <li className="text-slate-700 dark:text-slate-300">
            {messages.article.needHelp}{' '}
            <Link href={supportPath} className="text-brand-700 underline underline-offset-4 dark:text-brand-300">
              {messages.article.needHelpLink}
            </Link>
          </li>
        )}
      </ul>
    </div>
  );
}
