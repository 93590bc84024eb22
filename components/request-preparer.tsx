'use client';

import { useActionState, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { FlowHandoff } from '@/lib/flows/handoff';
import type { Messages } from '@/lib/i18n/messages';
import { interpolate, plural } from '@/lib/i18n/format';
import type { SearchHit } from '@/lib/search/engine';
import { type RequestFormResult, type RequestFormState, type RequestFormValues, requestFromForm } from '@/lib/support/form';
import type { RequestTextLabels } from '@/lib/support/request-text';
import { DESCRIPTION_MAX_LENGTH, REQUEST_TOPICS } from '@/lib/support/topics';
import { type OfferWithUrl, loadSearcher } from './browser-search';
import { primaryButtonClass, secondaryButtonClass } from './button-style';
import { RequestResult } from './request-result';

type FormChecks = typeof import('@/lib/support/form-checks');
/** The schema and the secret detector, fetched once the form is first used (see form-checks.ts). */
const loadFormChecks = () => import('@/lib/support/form-checks');

const SUGGESTION_DELAY_MS = 300;
const MAX_SUGGESTIONS = 3;
const FIELD_ID = (field: string) => `request-${field}`;
const inputClass =
  'mt-1 block w-full rounded-lg border bg-white px-3 py-2.5 text-slate-900 dark:bg-slate-900 dark:text-white aria-invalid:border-red-600 dark:aria-invalid:border-red-400 border-slate-300 dark:border-slate-700';

export interface RequestPreparerProps {
  locale: string;
  action: (state: RequestFormState, data: FormData) => Promise<RequestFormState>;
  initial: RequestFormState;
  /** This page's address with the form's anchor: without JavaScript the answer opens at the form, not at the top. */
  permalink: string;
  strings: Messages['contact']['form'];
  labels: RequestTextLabels;
  handoff: FlowHandoff | null;
  supportEmail: string;
  /** True when a ticket system is configured, so the request can be submitted from here. */
  canSubmit: boolean;
  apiUrl: string;
  indexUrl: string;
  flowsUrl: string;
  /** The current time in UTC, written for the time field's hint. */
  nowUtc: string;
}

/**
 * The request preparer. Without JavaScript it is a plain form posted to the server, which answers with
 * the prepared request or what to fix. With JavaScript it checks as the person types: a secret is
 * flagged the moment it is pasted and the form then refuses to go anywhere; preparing happens in the
 * browser, and only "Submit" sends anything (to /api/support-requests).
 */
export function RequestPreparer(props: RequestPreparerProps) {
  const { locale, strings, handoff } = props;
  const [serverState, formAction, pending] = useActionState(props.action, props.initial, props.permalink);
  const [values, setValues] = useState<RequestFormValues>(serverState.values);
  const [result, setResult] = useState<RequestFormResult | null>(serverState.result);
  const [sending, setSending] = useState(false);
  const hydrated = useSyncExternalStore(subscribeNever, () => true, () => false);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const secretRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  // Someone who types before the script has loaded typed into the server's HTML: take those values over.
  useEffect(() => {
    const typed = formValues(formRef.current, values);
    if (typed !== values) setValues(typed);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on hydration
  }, []);

  const [checks, setChecks] = useState<FormChecks | null>(null);
  // On the first focus in the form, which comes before anything can be typed or pasted into it.
  const prepareChecks = useCallback(() => {
    if (!checks) loadFormChecks().then(setChecks, () => {});
  }, [checks]);
  const input = useMemo(() => requestFromForm(values, locale), [values, locale]);
  // Checked on every keystroke, so a pasted phrase is flagged at once, before any button is pressed.
  const liveSecrets = useMemo(() => checks?.findRequestSecrets(input) ?? [], [checks, input]);
  const secret = liveSecrets[0]
    ? { field: liveSecrets[0].field, kind: liveSecrets[0].kind, masked: checks!.maskSecret(String(input[liveSecrets[0].field as keyof typeof input] ?? ''), liveSecrets[0]) }
    : result?.kind === 'secret'
      ? { field: result.field, kind: result.secret, masked: null }
      : null;
  const errors = result?.kind === 'invalid' ? result.errors : {};
  const suggestions = useSuggestions(props, values.description, secret !== null);

  const set = (field: keyof RequestFormValues) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  // Focused once the warning is rendered: after the render that the checks' arrival may have caused.
  const [secretPointedAt, setSecretPointedAt] = useState(0);
  useEffect(() => {
    if (secretPointedAt > 0) secretRef.current?.focus();
  }, [secretPointedAt]);

  useEffect(() => {
    if (result?.kind === 'invalid') summaryRef.current?.focus();
    else if (result && result.kind !== 'secret') resultRef.current?.focus();
  }, [result]);

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // What the reader sees is what is sent: the fields themselves, not the state that follows them.
    const current = formValues(event.currentTarget, values);
    if (current !== values) setValues(current);
    const request = requestFromForm(current, locale);
    // Submitted before the checks arrived (a fast keyboard, a slow network): they are awaited, never
    // skipped; if they cannot be fetched, nothing is sent and the form says it failed.
    const loaded = checks ?? (await loadFormChecks().catch(() => null));
    if (!loaded) return setResult({ kind: 'failed' });
    const { findRequestSecrets, validateRequest, formatRequest } = loaded;
    // Point to the warning (on screen, or about to be if the checks just arrived), and nothing leaves the browser.
    if (findRequestSecrets(request).length > 0) {
      setChecks(loaded);
      return setSecretPointedAt((count) => count + 1);
    }
    const validated = validateRequest(request);
    if (!validated.ok) return setResult({ kind: 'invalid', errors: validated.errors });
    if (current.flow && !handoff) return setResult({ kind: 'invalid', errors: { answers: 'answers_unknown' } });
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value !== 'submit') return setResult({ kind: 'prepared', ...formatRequest(validated.request, props.labels, handoff) });
    setSending(true);
    setResult(await sendToApi(props.apiUrl, request));
    setSending(false);
  };

  /** What every control shares: its id and name, its value, and the hint, error and warning that describe it. */
  const control = (field: ShownField, { hint = true }: { hint?: boolean } = {}) => ({
    id: FIELD_ID(field),
    name: field,
    // Uncontrolled, so hydration never writes over what was typed before it; onChange keeps the state in step.
    defaultValue: values[field],
    onChange: set(field),
    'aria-invalid': errors[field] || secret?.field === field ? true : undefined,
    'aria-describedby':
      [hint && `${FIELD_ID(field)}-hint`, errors[field] && `${FIELD_ID(field)}-error`, secret?.field === field && 'requestSecret'].filter(Boolean).join(' ') ||
      undefined,
  });
  const fieldProps = (field: ShownField, label: string, hint?: string) => ({ field, label, hint, error: errors[field] && errorText(strings, errors[field]) });
  const errorEntries = Object.entries(errors) as [keyof typeof errors, string][];

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} onFocus={prepareChecks} noValidate className="mt-6 space-y-5" aria-describedby="requestFormIntro">
      {errorEntries.length > 0 && (
        <div
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          aria-labelledby="requestErrorsTitle"
          className="rounded-xl border-2 border-red-600 p-4 text-red-950 focus:outline-none dark:border-red-400 dark:text-red-50"
        >
          <h3 id="requestErrorsTitle" className="font-semibold">
            {plural(strings.errorSummary, locale, errorEntries.length)}
          </h3>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {errorEntries.map(([field, code]) => (
              <li key={field}>
                <a href={`#${FIELD_ID(field === 'request' || field === 'answers' || field === 'locale' ? 'topic' : field)}`} className="underline underline-offset-4">
                  {strings.fields[field]}{props.labels.separator}{errorText(strings, code)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      {handoff && (
        <section aria-labelledby="handoffTitle" className="rounded-xl border border-slate-200 p-4 dark:border-slate-700">
          <h3 id="handoffTitle" className="font-semibold text-slate-900 dark:text-white">
            {interpolate(strings.fromGuide, { flow: handoff.flowTitle })}
          </h3>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{strings.fromGuideIntro}</p>
          <ul className="mt-3 space-y-1 text-sm leading-6 text-slate-800 dark:text-slate-200">
            {handoff.trail.map((step, index) => (
              <li key={index}>
                {step.kind === 'answered' ? (
                  <>
                    {step.question} <strong>{step.answer}</strong>
                  </>
                ) : (
                  <>
                    {props.labels.tried}: {step.step}
                  </>
                )}
              </li>
            ))}
            <li>
              {props.labels.outcome}: <strong>{handoff.outcomeTitle}</strong>
            </li>
          </ul>
        </section>
      )}
      <input type="hidden" name="flow" value={values.flow} />
      <input type="hidden" name="outcome" value={values.outcome} />
      <input type="hidden" name="answers" value={values.answers} />

      <FormField {...fieldProps('topic', strings.topic)}>
        <select {...control('topic', { hint: false })} required className={inputClass}>
          <option value="">{strings.topicPlaceholder}</option>
          {REQUEST_TOPICS.map((topic) => (
            <option key={topic} value={topic}>
              {props.labels.topics[topic]}
            </option>
          ))}
        </select>
      </FormField>

      <div className="grid gap-5 sm:grid-cols-2">
        <FormField {...fieldProps('uid', strings.uid, strings.uidHint)}>
          <input {...control('uid')} inputMode="numeric" autoComplete="off" spellCheck={false} maxLength={40} className={inputClass} />
        </FormField>
        <FormField {...fieldProps('time', strings.time, interpolate(strings.timeHint, { now: props.nowUtc }))}>
          <input {...control('time')} type="datetime-local" required className={inputClass} />
        </FormField>
      </div>

      <FormField {...fieldProps('txid', strings.txid, strings.txidHint)}>
        <input {...control('txid')} autoComplete="off" spellCheck={false} maxLength={300} className={`${inputClass} font-mono text-sm`} />
      </FormField>

      <FormField {...fieldProps('description', strings.description, strings.descriptionHint)}>
        <textarea {...control('description')} onFocus={suggestions.prepare} required rows={7} maxLength={DESCRIPTION_MAX_LENGTH} className={inputClass} />
      </FormField>

      {secret && (
        <div ref={secretRef} tabIndex={-1} id="requestSecret" role="alert" data-secret={secret.kind} className="rounded-xl border-2 border-red-600 bg-red-50 p-4 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50">
          <h3 className="font-semibold">{strings.secretTitle}</h3>
          <p className="mt-1">{strings.secrets[secret.kind]}</p>
          {secret.masked && (
            <p className="mt-1 text-sm break-all">{interpolate(strings.secretWhere, { field: strings.fields[secret.field as keyof typeof strings.fields] ?? secret.field, masked: secret.masked })}</p>
          )}
          <p className="mt-1 text-sm">{secret.masked ? strings.secretNothingSent : strings.secretHidden}</p>
        </div>
      )}

      {!secret && suggestions.shown && (
        <section aria-labelledby="suggestionsTitle" aria-live="polite" className="rounded-xl bg-brand-50 p-4 dark:bg-brand-950">
          <h3 id="suggestionsTitle" className="font-semibold text-slate-900 dark:text-white">
            {strings.suggestionsTitle}
          </h3>
          <ul className="mt-2 space-y-1">
            {suggestions.shown.flow && (
              <li>
                <a href={suggestions.shown.flow.url} className="text-brand-800 underline underline-offset-4 dark:text-brand-200">
                  {suggestions.shown.flow.title}
                </a>
              </li>
            )}
            {suggestions.shown.hits.map((hit) => (
              <li key={hit.record.url}>
                <a href={hit.record.url} className="text-brand-800 underline underline-offset-4 dark:text-brand-200">
                  {hit.record.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="prepare" className={props.canSubmit ? secondaryButtonClass : primaryButtonClass}>
          {strings.prepare}
        </button>
        {props.canSubmit && (
          <button type="submit" name="intent" value="submit" disabled={sending || pending} aria-busy={sending || pending} className={primaryButtonClass}>
            {strings.submit}
          </button>
        )}
      </div>

      {result && result.kind !== 'invalid' && result.kind !== 'secret' && (
        <RequestResult ref={resultRef} result={result} strings={strings} supportEmail={props.supportEmail} canCopy={hydrated} />
      )}
    </form>
  );
}

/** The fields the person fills in (the flow's hand-off travels in hidden fields). */
type ShownField = 'topic' | 'uid' | 'txid' | 'time' | 'description';

const subscribeNever = () => () => {};

/** A labelled control with its hint above and its error below, linked by ids the control names. */
function FormField({ field, label, hint, error, children }: { field: string; label: string; hint?: string; error?: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={FIELD_ID(field)} className="font-semibold text-slate-900 dark:text-white">
        {label}
      </label>
      {hint && (
        <p id={`${FIELD_ID(field)}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${FIELD_ID(field)}-error`} className="mt-1 text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}

function errorText(strings: Messages['contact']['form'], code: string): string {
  return (strings.errors as Record<string, string>)[code] ?? code;
}

/** Articles and guides matching the description, searched in the browser after a pause in typing; none while it holds a secret. */
function useSuggestions(props: RequestPreparerProps, description: string, paused: boolean) {
  const [ready, setReady] = useState(false);
  const [shown, setShown] = useState<{ hits: SearchHit[]; flow: OfferWithUrl | null } | null>(null);
  const { locale, indexUrl, flowsUrl } = props;
  const prepare = () => {
    loadSearcher(locale, indexUrl, flowsUrl).then(
      () => setReady(true),
      () => setReady(false),
    );
  };
  useEffect(() => {
    const text = description.trim();
    if (!ready || paused || text.length < 3) return;
    // Suggestions for a description the person has since changed are dropped.
    let current = true;
    const timer = setTimeout(() => {
      loadSearcher(locale, indexUrl, flowsUrl)
        .then((searcher) => searcher.search(text, MAX_SUGGESTIONS))
        .then(
          (found) => current && setShown(found.hits.length > 0 || found.flow ? found : null),
          // A shard that could not be fetched: no suggestions this time; the form works without them.
          () => {},
        );
    }, SUGGESTION_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [description, ready, paused, locale, indexUrl, flowsUrl]);
  return { prepare, shown: description.trim().length >= 3 ? shown : null };
}

/** Submits with JavaScript; every answer of the API becomes something the form can show. */
async function sendToApi(url: string, input: unknown): Promise<RequestFormResult> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
    const body = await response.json().catch(() => ({}));
    if (response.status === 201) return { kind: 'submitted', reference: body.reference ?? null, subject: body.subject, text: body.text };
    if (response.status === 200) return { kind: 'prepared', subject: body.subject, text: body.text };
    if (response.status === 422) return { kind: 'secret', field: body.error?.field ?? 'description', secret: body.error?.kind ?? 'password' };
    if (response.status === 400 && body.error?.fields) return { kind: 'invalid', errors: body.error.fields };
    if (response.status === 429) return { kind: 'rate-limited' };
    if (response.status === 503 && body.text) return { kind: 'unavailable', subject: body.subject, text: body.text };
    return { kind: 'failed' };
  } catch {
    return { kind: 'failed' };
  }
}

/**
 * The form's values as its fields hold them, or `fallback` itself when they hold the same (so a
 * caller can tell nothing changed). The fields are uncontrolled: they, not React's state, are what
 * the reader typed, including anything typed before the page hydrated.
 */
function formValues(form: HTMLFormElement | null, fallback: RequestFormValues): RequestFormValues {
  if (!form) return fallback;
  const read = (name: keyof RequestFormValues) => {
    const field = form.elements.namedItem(name);
    return field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement ? field.value : fallback[name];
  };
  const names = Object.keys(fallback) as (keyof RequestFormValues)[];
  const typed = Object.fromEntries(names.map((name) => [name, read(name)])) as unknown as RequestFormValues;
  return names.some((name) => typed[name] !== fallback[name]) ? typed : fallback;
}
