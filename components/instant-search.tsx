'use client';

import { Search } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { plural } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';
import type { SearchHit } from '@/lib/search/engine';
import { type OfferWithUrl, loadSearcher } from './browser-search';
import { sendSearchEvent } from './search-beacon';
import { searchIconClass, searchInputAttributes, searchInputClass } from './search-input-style';

const DEBOUNCE_MS = 120;
/** A search counts for the insights once the reader has paused this long on its results, or opens one. */
const SETTLE_MS = 1500;
const MAX_RESULTS = 8;

/**
 * The header's search box. Without JavaScript it is a plain form to the results page; with it, it
 * becomes a combobox showing results as the reader types (arrows, Enter, Escape; "/" focuses it).
 */
export function InstantSearch({
  locale,
  action,
  indexUrl,
  flowsUrl,
  strings,
  offerLabel,
}: {
  locale: string;
  action: string;
  indexUrl: string;
  flowsUrl: string;
  strings: Messages['search'];
  /** The words before an offered flow's title ("Guided help"). */
  offerLabel: string;
}) {
  const router = useRouter();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  // The results on screen and the text they are for: old results stay until new ones are ready.
  const [shown, setShown] = useState<{ query: string; hits: SearchHit[]; flow: OfferWithUrl | null }>({ query: '', hits: [], flow: null });
  const hits = shown.hits;
  const flow = shown.flow;
  // A matching guided flow comes first, then the articles, then "see all results".
  const first = flow ? 1 : 0;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<'idle' | 'loading' | 'ready'>('idle');
  // While an input method composes (pinyin letters before the characters are chosen), the text is not
  // what the reader means yet: it is searched once committed.
  const [composing, setComposing] = useState(false);
  // False in the server's HTML and during hydration, true once this script runs in the browser.
  const enhanced = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  const listId = `${id}-results`;
  const seeAllHref = `${action}?${new URLSearchParams({ q: query.trim() })}`;
  const options = query.trim() ? [...(flow ? [flow.url] : []), ...hits.map((hit) => hit.record.url), seeAllHref] : [];

  const prepare = useCallback(() => {
    if (status !== 'idle') return;
    setStatus('loading');
    loadSearcher(locale, indexUrl, flowsUrl).then(
      () => setStatus('ready'),
      () => setStatus('idle'),
    );
  }, [indexUrl, flowsUrl, locale, status]);

  // What the reader did before this script ran (hydration waits for their first move, which is often
  // a tap or a tab into this box, and the box works as a plain input meanwhile): taken over as it stands.
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    if (input.value) {
      setQuery(input.value);
      setOpen(true);
    }
    if (document.activeElement === input) prepare();
    // Once, when the box comes alive: later focus and typing arrive as events.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Search as the reader types, after a short pause; old results stay until new ones are ready.
  useEffect(() => {
    const text = query.trim();
    if (!text || status !== 'ready' || composing) return;
    // An answer that arrives after the reader typed on (its shards were still on their way) is dropped.
    let current = true;
    const timer = setTimeout(() => {
      loadSearcher(locale, indexUrl, flowsUrl)
        .then((searcher) => searcher.search(text, MAX_RESULTS))
        .then(
          (found) => current && setShown({ query: text, ...found }),
          // A shard that could not be fetched: the results on screen stay, and the next keystroke tries again.
          () => {},
        );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, status, composing, locale, indexUrl, flowsUrl]);

  // Search insights: one beacon per search the reader stopped at, not one per keystroke.
  const insight = useRef<{ id: string; query: string; results: number; sent: boolean } | null>(null);
  const sendInsight = useCallback(() => {
    const current = insight.current;
    if (!current || current.sent) return;
    current.sent = true;
    sendSearchEvent({ type: 'search', id: current.id, locale, query: current.query, results: current.results, source: 'instant' });
  }, [locale]);
  useEffect(() => {
    if (!shown.query) return;
    insight.current = { id: crypto.randomUUID(), query: shown.query, results: shown.hits.length, sent: false };
    const timer = setTimeout(sendInsight, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [shown, sendInsight]);
  const opened = (position: number) => {
    sendInsight();
    if (insight.current) sendSearchEvent({ type: 'open', id: insight.current.id, position });
  };
  // "See all results" and Enter go to the results page, which records the search itself.
  const leaveForResultsPage = () => {
    insight.current = null;
  };

  // "/" anywhere on the page (outside a text field) jumps to the search box.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (event.key === '/' && !typing && !event.metaKey && !event.ctrlKey && !event.altKey) {
        event.preventDefault();
        inputRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    // Keys meant for an input method (pinyin and the like: arrows pick a candidate, Enter commits it,
    // Escape cancels it) are not ours. Safari sends the committing Enter after compositionend, with
    // keyCode 229, which is why both are checked.
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const last = options.length - 1;
      // -1 is the text box itself; moving past either end wraps through it.
      setActive((current) =>
        event.key === 'ArrowDown' ? (current >= last ? -1 : current + 1) : current <= -1 ? last : current - 1,
      );
    } else if (event.key === 'Enter' && open && active >= 0 && options[active]) {
      event.preventDefault();
      setOpen(false);
      if (active < options.length - 1) {
        opened(active + 1);
        router.push(options[active]);
      } else {
        leaveForResultsPage();
        // A full load, as the link and the form do: the results page counts its search in an inline
        // script (components/results-beacon.tsx), which a client-side navigation would not run.
        window.location.assign(options[active]);
      }
    } else if (event.key === 'Escape') {
      if (open) setOpen(false);
      else {
        event.currentTarget.value = '';
        setQuery('');
      }
    }
  };

  const expanded = open && query.trim() !== '' && shown.query !== '';
  const settled = shown.query === query.trim();
  const activeId = expanded && active >= 0 ? `${id}-option-${active}` : undefined;

  return (
    <form
      role="search"
      action={action}
      method="get"
      className="relative w-full"
      onSubmit={() => {
        leaveForResultsPage();
        setOpen(false);
      }}
    >
      <label htmlFor={`${id}-input`} className="sr-only">
        {strings.label}
      </label>
      <Search aria-hidden="true" className={searchIconClass(false)} />
      <input
        ref={inputRef}
        id={`${id}-input`}
        {...searchInputAttributes}
        // Served as a plain search box; once the script runs it becomes the combobox it then is. An
        // input of type search may not be a combobox (HTML's rules), so the enhanced one is text with a
        // search keyboard.
        {...(enhanced
          ? { type: 'text', inputMode: 'search', role: 'combobox', 'aria-expanded': expanded, 'aria-controls': listId, 'aria-autocomplete': 'list', 'aria-activedescendant': activeId }
          : {})}
        // Uncontrolled: the text typed before hydration must survive it (a controlled box would be reset
        // to the server's empty value); onChange keeps `query` in step.
        defaultValue=""
        placeholder={strings.placeholder}
        aria-keyshortcuts="/"
        onFocus={prepare}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onCompositionStart={() => setComposing(true)}
        onCompositionEnd={(event) => {
          setComposing(false);
          setQuery(event.currentTarget.value);
        }}
        onBlur={(event) => {
          // Keep the list open while focus moves into it (a click on a result).
          if (!event.currentTarget.form?.contains(event.relatedTarget as Node | null)) setOpen(false);
        }}
        className={searchInputClass(false)}
      />
      {!query && (
      <kbd aria-hidden="true" className="pointer-events-none absolute top-1/2 right-2.5 -translate-y-1/2 rounded border border-slate-300 px-1.5 text-xs text-slate-500 max-sm:hidden dark:border-slate-600 dark:text-slate-400">
        /
      </kbd>
      )}
      <button type="submit" className="sr-only">
        {strings.submit}
      </button>
      <p role="status" className="sr-only">
        {expanded && settled
          ? hits.length + first
            ? plural(strings.instantCount, locale, hits.length + first)
            : strings.instantNoResults
          : status === 'loading' && query
            ? strings.loading
            : ''}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label={strings.label}
        hidden={!expanded}
        className="absolute top-full right-0 left-0 z-40 mt-2 max-h-[70vh] overflow-y-auto rounded-xl border border-slate-200 bg-white p-1 shadow-lg sm:-right-24 dark:border-slate-700 dark:bg-slate-900"
      >
        {flow && (
          <li id={`${id}-option-0`} role="option" aria-selected={active === 0}>
            <a
              href={flow.url}
              tabIndex={-1}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                opened(1);
                setOpen(false);
              }}
              className={`block rounded-lg border border-brand-200 px-3 py-2 dark:border-brand-800 ${active === 0 ? 'bg-brand-50 dark:bg-slate-800' : 'hover:bg-slate-50 dark:hover:bg-slate-800'}`}
            >
              <span className="block text-xs text-brand-700 dark:text-brand-300">{offerLabel}</span>
              <span className="block font-semibold text-slate-900 dark:text-white">{flow.title}</span>
            </a>
          </li>
        )}
        {hits.map((hit, position) => {
          const index = position + first;
          return (
          <li key={hit.record.slug} id={`${id}-option-${index}`} role="option" aria-selected={active === index}>
            <a
              href={hit.record.url}
              tabIndex={-1}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                opened(index + 1);
                setOpen(false);
              }}
              className={`block rounded-lg px-3 py-2 ${active === index ? 'bg-brand-50 dark:bg-slate-800' : 'hover:bg-slate-50 dark:hover:bg-slate-800'}`}
            >
              <span className="block text-xs text-slate-600 dark:text-slate-400">{hit.record.categoryTitle}</span>
              <span className="block font-semibold text-slate-900 dark:text-white">{hit.record.title}</span>
            </a>
          </li>
          );
        })}
        {hits.length === 0 && settled && (
          <li role="presentation" className="px-3 py-2 text-sm text-slate-600 dark:text-slate-400">
            {strings.instantNoResults}
          </li>
        )}
        <li id={`${id}-option-${hits.length + first}`} role="option" aria-selected={active === hits.length + first}>
          <a
            href={seeAllHref}
            tabIndex={-1}
            onMouseDown={(event) => event.preventDefault()}
            onClick={leaveForResultsPage}
            className={`block rounded-lg px-3 py-2 text-sm text-brand-700 dark:text-brand-300 ${active === hits.length + first ? 'bg-brand-50 dark:bg-slate-800' : 'hover:bg-slate-50 dark:hover:bg-slate-800'}`}
          >
            {strings.seeAll.replace('{query}', query.trim())}
          </a>
        </li>
      </ul>
    </form>
  );
}

const subscribeToNothing = () => () => {};
