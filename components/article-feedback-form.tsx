'use client';

import { useEffect, useRef, useState } from 'react';
import { ThumbsDown, ThumbsUp } from 'lucide-react';
import type { VoteReason } from '@/lib/feedback/vote';
import type { Messages } from '@/lib/i18n/messages';
import type { SecretKind } from '@/lib/safety/secret-finding';
import { primaryButtonClass, secondaryButtonClass } from './button-style';

/** Where the vote stands: the Yes/No question, the reason for a No, or answered. */
export type FeedbackStage = 'ask' | 'reason' | 'done';

export interface ArticleFeedbackFormProps {
  locale: string;
  slug: string;
  /** POST /api/feedback; passed in so this module stays free of the server's code (zod, the API). */
  action: string;
  start: Exclude<FeedbackStage, 'done'>;
  /** The id of the heading that asks "Was this helpful?", which names the Yes/No form. */
  titleId?: string;
  reasons: readonly VoteReason[];
  commentMaxLength: number;
  strings: Messages['feedback'];
  secretStrings: Pick<Messages['contact']['form'], 'secretTitle' | 'secretNothingSent' | 'secrets'>;
}

type Detector = typeof import('@/lib/safety/secrets');
let detector: Promise<Detector> | null = null;
/** The secret detector (word lists included) is loaded only when someone starts a comment, not with every article. */
function loadDetector(): Promise<Detector> {
  detector ??= import('@/lib/safety/secrets').catch((error: unknown) => {
    detector = null;
    throw error;
  });
  return detector;
}

type Outcome = 'ok' | 'unavailable' | 'invalid' | { secret: SecretKind };
type Focus = 'status' | 'reason' | 'secret';

/**
 * "Was this helpful?" as a plain HTML form posted to /api/feedback (the server answers with the
 * thank-you page), enhanced once hydrated: the vote is sent with fetch and the section changes in
 * place. A No asks for a reason and an optional comment; a comment holding a secret is flagged in the
 * browser and never sent.
 */
export function ArticleFeedbackForm(props: ArticleFeedbackFormProps) {
  const { strings, secretStrings } = props;
  const [stage, setStage] = useState<FeedbackStage>(props.start);
  const [message, setMessage] = useState('');
  const [secret, setSecret] = useState<SecretKind | null>(null);
  // A new object per request, so asking for the same place twice (a second refused send) still moves focus.
  const [focus, setFocusRequest] = useState<{ target: Focus } | null>(null);
  const setFocus = (target: Focus) => setFocusRequest({ target });
  const sending = useRef(false);
  const clicked = useRef<string>('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const reasonRef = useRef<HTMLFieldSetElement>(null);
  const secretRef = useRef<HTMLDivElement>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);

  // Focus follows the change, so keyboard and screen-reader users land on what is new, never on <body>.
  useEffect(() => {
    const element = { status: statusRef, reason: reasonRef, secret: secretRef }[focus?.target ?? 'status'].current;
    if (focus) element?.focus();
  }, [focus]);

  const post = async (fields: Record<string, string>): Promise<Outcome> => {
    try {
      const response = await fetch(props.action, {
        method: 'POST',
        headers: { Accept: 'application/json' },
        body: new URLSearchParams({ locale: props.locale, slug: props.slug, ...fields }),
      });
      if (response.ok) return 'ok';
      const body: unknown = await response.json().catch(() => null);
      const kind = (body as { error?: { kind?: unknown } } | null)?.error?.kind;
      if (response.status === 422 && typeof kind === 'string' && kind in secretStrings.secrets) return { secret: kind as SecretKind };
      return response.status >= 500 ? 'unavailable' : 'invalid';
    } catch {
      return 'unavailable';
    }
  };

  /** Sends once at a time; shows what came back. */
  const submit = async (fields: Record<string, string>, onOk: () => void) => {
    if (sending.current) return;
    sending.current = true;
    setMessage(strings.sending);
    const outcome = await post(fields);
    sending.current = false;
    if (outcome === 'ok') return onOk();
    if (typeof outcome === 'object') {
      setMessage('');
      setSecret(outcome.secret);
      return setFocus('secret');
    }
    setMessage(outcome === 'unavailable' ? strings.unavailableInline : strings.invalidInline);
    if (outcome === 'unavailable') setStage('done');
    setFocus('status');
  };

  const onVote = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const helpful = (submitter?.value || clicked.current) === 'no' ? 'no' : 'yes';
    void submit({ helpful }, () => {
      if (helpful === 'yes') {
        setStage('done');
        setMessage(`${strings.thanks} ${strings.thanksYes}`);
        setFocus('status');
      } else {
        setStage('reason');
        setMessage(strings.noPrompt);
        setFocus('reason');
      }
    });
  };

  /** The kind of secret in `text`, or null; the detector loads on first use. */
  const check = async (text: string): Promise<SecretKind | null> => {
    if (!text.trim()) return null;
    const { findSecrets } = await loadDetector();
    return findSecrets(text)[0]?.kind ?? null;
  };

  const onCommentChange = (event: React.ChangeEvent<HTMLTextAreaElement>) => {
    const text = event.target.value;
    check(text).then(
      // Typing may have gone on while the detector loaded: only the latest text's verdict counts.
      (kind) => {
        if (commentRef.current?.value === text) setSecret(kind);
      },
      () => {}, // no detector: the server checks the comment anyway
    );
  };

  const onExplain = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const comment = String(data.get('comment') ?? '');
    // Nothing leaves the browser while the comment holds a secret: point to the warning instead.
    const kind = await check(comment).catch(() => null);
    if (kind) {
      setSecret(kind);
      return setFocus('secret');
    }
    setSecret(null);
    void submit({ helpful: 'no', reason: String(data.get('reason') ?? ''), comment }, () => {
      setStage('done');
      setMessage(`${strings.thanks} ${strings.thanksNo}`);
      setFocus('status');
    });
  };

  return (
    <div className={stage === 'ask' ? '' : 'basis-full'}>
      <p ref={statusRef} role="status" tabIndex={-1} className="leading-7 text-slate-700 outline-none dark:text-slate-300">
        {message}
      </p>
      {stage === 'ask' && (
        <form method="post" action={props.action} onSubmit={onVote} aria-labelledby={props.titleId} className="flex flex-wrap gap-3">
          <input type="hidden" name="locale" value={props.locale} />
          <input type="hidden" name="slug" value={props.slug} />
          <button type="submit" name="helpful" value="yes" onClick={() => (clicked.current = 'yes')} className={secondaryButtonClass}>
            <ThumbsUp aria-hidden="true" className="size-4" />
            {strings.yes}
          </button>
          <button type="submit" name="helpful" value="no" onClick={() => (clicked.current = 'no')} className={secondaryButtonClass}>
            <ThumbsDown aria-hidden="true" className="size-4" />
            {strings.no}
          </button>
        </form>
      )}
      {stage === 'reason' && (
        <form method="post" action={props.action} onSubmit={onExplain} className="mt-4 space-y-5">
          <input type="hidden" name="locale" value={props.locale} />
          <input type="hidden" name="slug" value={props.slug} />
          <input type="hidden" name="helpful" value="no" />
          <fieldset ref={reasonRef} tabIndex={-1} className="outline-none">
            <legend className="font-semibold text-slate-900 dark:text-white">{strings.reasonLegend}</legend>
            <div className="mt-2 space-y-1">
              {props.reasons.map((reason) => (
                <label key={reason} className="flex w-fit items-center gap-3 py-1 text-slate-800 dark:text-slate-200">
                  <input type="radio" name="reason" value={reason} required className="size-5 accent-brand-700 dark:accent-brand-300" />
                  {strings.reasons[reason]}
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <label htmlFor="feedbackComment" className="font-semibold text-slate-900 dark:text-white">
              {strings.comment}
            </label>
            <p id="feedbackCommentHint" className="text-sm text-slate-600 dark:text-slate-400">
              {strings.commentHint}
            </p>
            <textarea
              ref={commentRef}
              id="feedbackComment"
              name="comment"
              rows={4}
              maxLength={props.commentMaxLength}
              onChange={onCommentChange}
              aria-invalid={secret ? true : undefined}
              aria-describedby={secret ? 'feedbackCommentHint feedbackSecret' : 'feedbackCommentHint'}
              className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-slate-900 aria-invalid:border-red-600 dark:border-slate-700 dark:bg-slate-900 dark:text-white dark:aria-invalid:border-red-400"
            />
          </div>
          {secret && (
            <div
              ref={secretRef}
              id="feedbackSecret"
              tabIndex={-1}
              role="alert"
              data-secret={secret}
              className="rounded-xl border-2 border-red-600 bg-red-50 p-4 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50"
            >
              <p className="font-semibold">{secretStrings.secretTitle}</p>
              <p className="mt-1">{secretStrings.secrets[secret]}</p>
              <p className="mt-1 text-sm">{secretStrings.secretNothingSent}</p>
            </div>
          )}
          <button type="submit" className={primaryButtonClass}>
            {strings.send}
          </button>
        </form>
      )}
    </div>
  );
}
