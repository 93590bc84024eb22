/**
 * Properties over hostile input, across the pure functions that take what a visitor types, pastes or
 * puts in a URL: each never throws, and none hands back markup the input smuggled in.
 *
 * The real content/ is loaded once (as the build compiles it), so the flows, search indexes, labels and
 * official channels are the ones the site serves.
 */
import path from 'node:path';
import fc from 'fast-check';
import { entropyToMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { type Catalog, createCatalog } from '../../lib/content/catalog';
import type { CompiledContent } from '../../lib/content/compiled';
import { loadContent } from '../../lib/content/load';
import { formatProblem } from '../../lib/content/problems';
import { parseAnswers } from '../../lib/flows/answers';
import type { CompiledFlow } from '../../lib/flows/compiled';
import { CONTINUE, simplePaths } from '../../lib/flows/graph';
import { describeHandoff, parseAnswerList } from '../../lib/flows/handoff';
import { viewFlowStep } from '../../lib/flows/view';
import { getMessages } from '../../lib/i18n/messages';
import { MAX_REDACTED_LENGTH, redactQuery } from '../../lib/insights/redact';
import { flowPath } from '../../lib/routes';
import { officialChannels } from '../../lib/safety/official';
import { findSecrets, maskSecret, type SecretKind } from '../../lib/safety/secrets';
import { describeReasons } from '../../lib/safety/verdict-text';
import { type ChannelKind, isOfficial, MAX_INPUT_LENGTH, type OfficialChannels, type Reason, type Verdict, verifyChannel } from '../../lib/safety/verify';
import { searchApi, type SearchApiContext } from '../../lib/search/api';
import { type SearchRecord, SearchIndex } from '../../lib/search/engine';
import { MAX_LIMIT, MAX_QUERY_LENGTH } from '../../lib/search/limits';
import { searchRecords } from '../../lib/search/records';
import { serializeJsonLd } from '../../lib/seo';
import { supportRequestApi, type SupportApiContext } from '../../lib/support/api';
import { readForm, requestFromForm } from '../../lib/support/form';
import {
  DESCRIPTION_MAX_LENGTH,
  DESCRIPTION_MIN_LENGTH,
  MAX_REQUEST_BYTES,
  REQUEST_FIELDS,
  REQUEST_TOPICS,
  type SupportRequest,
  UID_PATTERN,
  validateRequest,
} from '../../lib/support/request';
import { findRequestSecrets } from '../../lib/support/request-secrets';
import { createSupportContext } from '../../lib/support/server-context';
import { submitRequest } from '../../lib/support/submit';
import { txidShape } from '../../lib/support/txid';
import type { Forward } from '../../lib/support/webhook';

// ---------------------------------------------------------------------------------------------------------
// The real content, loaded once
// ---------------------------------------------------------------------------------------------------------

let content: CompiledContent;
let catalog: Catalog;
let indexes: Map<string, SearchIndex>;
let flows: CompiledFlow[];
let official: OfficialChannels;

beforeAll(async () => {
  const loaded = await loadContent(path.join(import.meta.dirname, '../../content'));
  if (!loaded.content) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  content = loaded.content;
  catalog = createCatalog(content);
  // As tests/unit/real-indexes.ts and the build make them, from the content already loaded.
  indexes = new Map(Object.keys(content.locales).map((locale) => [locale, SearchIndex.build(locale, searchRecords(content, locale), content.locales[locale]!.synonyms)]));
  flows = Object.values(content.locales).flatMap((locale) => locale.flows);
  official = officialChannels(content.site);
});

// Each property takes well under a second alone; on two busy cores the default 5 s can be tight. A failure
// found in a text of thousands of characters can take minutes to shrink: stop shrinking after 15 s and
// report the smallest counterexample found by then.
vi.setConfig({ testTimeout: 30_000 });
fc.configureGlobal({ interruptAfterTimeLimit: 15_000 });

const LOCALES = ['en', 'zh'] as const;

// ---------------------------------------------------------------------------------------------------------
// Hostile text
// ---------------------------------------------------------------------------------------------------------

/** One UTF-16 code unit, lone surrogates included: what a URL, a form field or a JSON string can carry. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

const HOSTILE = [
  '<script>',
  '</script>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  "'><svg/onload=alert(1)>",
  '<mark>',
  '</mark>',
  '<',
  '>',
  '</',
  '"',
  "'",
  '&',
  '&amp;',
  '&lt;',
  '&gt;',
  '&#60;',
  '&#x3C;',
  '&lt;script&gt;',
  '{{brand}}',
  '{brand}',
  '{',
  '}',
  '%3Cscript%3E',
  '%00',
  '%',
  '%E0%A4%A',
  '\u202E',
  '\u202D',
  '\u200B',
  '\u200D',
  '\u00AD',
  '\uFEFF',
  '\u0000',
  '\u0007',
  '\u001B',
  '\u0085',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\r\n',
  '\n',
  '\t',
  '\u2028',
  '\u3000',
  '…',
  '＜',
  '﹤',
  '＜ｓｃｒｉｐｔ＞',
  '😀',
  '👨‍👩‍👧',
  'e\u0301',
  '١٢٣',
  '..',
  '/',
  // Pieces of links, addresses and numbers, so the verifier's parsers are reached.
  'https://',
  'http://',
  'mailto:',
  'tel:+',
  'xn--',
  'xn--80ak6aa92e.com',
  '.com',
  ':8080',
  'user:pass@',
  '%2e',
  '[::1]',
  '127.0.0.1',
  '+1 415 555 0100',
  '\\',
  '@',
  ' ',
  '  ',
  '__proto__',
  'constructor',
  'toString',
  // Words the knowledge base holds, so searches find articles and snippets get marks.
  'password',
  'reset',
  'withdraw',
  'withdrawal',
  'deposit',
  'fee',
  '2fa',
  'account',
  'verify',
  'login',
  'harborline.example',
  '密码',
  '提现',
  '充值',
  '验证码',
  '账户',
  '重置',
];

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 4 }) },
);

const joined = (fragments: string[]) => fragments.join('');
/** Hostile fragments run together. */
const hostileText = fc.array(fragment, { maxLength: 24 }).map(joined);
/** About 1,500 to 5,000 UTF-16 code units of hostile fragments. */
const longText = fc.array(fragment, { minLength: 500, maxLength: 1500 }).map(joined);

/** Any text: ASCII, graphemes, code points, code units with lone surrogates, hostile mixes, and now and then a very long one. */
function anyText(maxLength: number, { long = true } = {}) {
  return fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: codeUnit, maxLength }),
    { weight: 3, arbitrary: hostileText },
    ...(long ? [longText] : []),
  );
}

/** Every string anywhere inside a value, for "did this come from the input" checks. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}

// ---------------------------------------------------------------------------------------------------------
// What "returns markup" means for a snippet
// ---------------------------------------------------------------------------------------------------------

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(html: string): string {
  return html.replace(/&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-f]+));/gi, (entity, name: string | undefined, decimal: string | undefined, hex: string | undefined) => {
    if (name) return ENTITIES[name.toLowerCase()]!;
    const codePoint = decimal ? Number(decimal) : parseInt(hex!, 16);
    return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
  });
}

/**
 * A snippet is escaped text with only our own <mark> tags: the tags alternate <mark>, </mark> (never
 * nested, never left open, never empty); the text between them holds no "<" or ">" and no "&" that does
 * not start an entity; and the text, decoded, is a window of the article's own text (with "…" where the
 * window was cut), so nothing of the query or of markup-looking article text becomes markup.
 */
function expectSafeSnippet(html: string, source: string) {
  const parts = html.split(/(<\/?mark>)/);
  expect((parts.length - 1) % 4, html).toBe(0);
  parts.forEach((part, index) => {
    if (index % 4 === 1) expect(part, html).toBe('<mark>');
    if (index % 4 === 3) expect(part, html).toBe('</mark>');
    if (index % 4 === 2) expect(part.length, html).toBeGreaterThan(0);
  });
  const text = parts.filter((_, index) => index % 2 === 0).join('');
  expect(text, html).not.toMatch(/[<>]/);
  expect(text, html).not.toMatch(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i);
  const shown = decodeEntities(text);
  const windows = [shown, shown.replace(/^…/, ''), shown.replace(/…$/, ''), shown.replace(/^…/, '').replace(/…$/, '')];
  expect(
    windows.some((window) => source.includes(window)),
    `snippet ${JSON.stringify(html)} is not a window of its article`,
  ).toBe(true);
}

// ---------------------------------------------------------------------------------------------------------
// 1. Search
// ---------------------------------------------------------------------------------------------------------

describe('search', () => {
  const searchQuery = fc.oneof({ weight: 6, arbitrary: anyText(80, { long: false }) }, { weight: 1, arbitrary: longText });

  it('never throws for any query in either locale, and every snippet is escaped article text with only <mark> added', () => {
    let marked = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        searchQuery,
        fc.option(fc.oneof(fc.constantFrom('account-access', 'deposits-withdrawals', 'account-security', 'trading'), anyText(12, { long: false })), { nil: undefined }),
        fc.integer({ min: 1, max: MAX_LIMIT }),
        (locale, query, category, limit) => {
          const index = indexes.get(locale)!;
          const result = index.search(query, { category, limit });
          expect(result.hits.length).toBeLessThanOrEqual(limit);
          expect(result.total).toBeGreaterThanOrEqual(result.hits.length);
          // Present only when a correction was used to find the results.
          if (result.correctedQuery !== undefined) expect(result.total).toBeGreaterThan(0);
          for (const hit of result.hits) {
            expect(index.records).toContain(hit.record);
            // An empty category is no filter (the API refuses it before searching).
            if (category) expect(hit.record.category).toBe(category);
            expectSafeSnippet(hit.snippet, hit.record.text || hit.record.description);
            if (hit.snippet.includes('<mark>')) marked++;
          }
        },
      ),
      { numRuns: 150 },
    );
    // The queries reached real articles and real highlighting, not only empty results.
    expect(marked).toBeGreaterThan(50);
  });

  it('escapes article text that itself looks like markup, whatever the query marks in it', () => {
    // Words and hostile fragments shared by the articles and the queries, so queries find and mark them.
    const word = fc.constantFrom('mark', 'script', 'alert', 'img', 'onerror', 'amp', 'lt', 'gt', 'quot', 'password', 'reset', '提现', '密码', 'x');
    const piece = fc.oneof(word, fragment);
    const articleText = fc.array(fc.oneof(piece, fc.constant(' ')), { minLength: 1, maxLength: 40 }).map(joined);
    let marked = 0;
    fc.assert(
      fc.property(fc.array(articleText, { minLength: 1, maxLength: 3 }), fc.array(piece, { minLength: 1, maxLength: 4 }), (texts, queryParts) => {
        const records: SearchRecord[] = texts.map((text, id) => ({
          slug: `article-${id}`,
          title: text.slice(0, 30),
          url: `/en/articles/article-${id}`,
          category: 'general',
          categoryTitle: 'General',
          description: text.slice(0, 60),
          headings: [],
          tags: [],
          text,
          promoted: false,
        }));
        const index = SearchIndex.build('en', records, [['mark', 'script']]);
        for (const hit of index.search(queryParts.join(' ')).hits) {
          expectSafeSnippet(hit.snippet, hit.record.text || hit.record.description);
          if (hit.snippet.includes('<mark>')) marked++;
        }
      }),
      { numRuns: 120 },
    );
    expect(marked).toBeGreaterThan(10);
  });

  describe('searchApi', () => {
    let context: SearchApiContext;
    beforeAll(() => {
      context = {
        locales: catalog.locales,
        defaultLocale: catalog.defaultLocale,
        categories: (locale) => catalog.categories(locale).map((category) => category.slug),
        index: (locale) => indexes.get(locale)!,
      };
    });

    const paramKey = fc.oneof(fc.constantFrom('q', 'q', 'locale', 'category', 'limit'), fc.constantFrom('__proto__', 'constructor', 'toString', 'Q', 'q '), fc.string({ maxLength: 6 }));
    const paramValue = fc.oneof(
      { weight: 3, arbitrary: anyText(60, { long: false }) },
      fc.constantFrom('en', 'zh', 'fr', '', 'EN', 'account-access', 'trading', '10', '1', '50', '0', '51', '050', '1.5', '-1', '1e1', ' 5', 'abc'),
      longText,
    );
    const params = fc.array(fc.tuple(paramKey, paramValue), { maxLength: 8 }).map((pairs) => {
      const search = new URLSearchParams();
      for (const [key, value] of pairs) search.append(key, value);
      return search;
    });

    it('never throws: any parameters get a 200 with escaped snippets or a 400 with a typed {error: {code, message}} body', () => {
      const statuses = new Set<number>();
      fc.assert(
        fc.property(params, (search) => {
          const answer = searchApi(search, context);
          statuses.add(answer.status);
          expect([200, 400]).toContain(answer.status);
          if (answer.status === 400) {
            expect(answer.body).toEqual({ error: { code: expect.stringMatching(/^[a-z][a-z_]*$/), message: expect.any(String) } });
            return;
          }
          if (!('results' in answer.body)) throw new Error('a 200 without results');
          const { query, locale, results, total, correctedQuery } = answer.body;
          expect(context.locales).toContain(locale);
          // Control and format characters (NUL, bidi overrides) never reach the output.
          for (const echoed of [query, correctedQuery ?? '']) expect(echoed).not.toMatch(/[\p{Cc}\p{Cf}]/u);
          expect(results.length).toBeLessThanOrEqual(MAX_LIMIT);
          expect(total).toBeGreaterThanOrEqual(results.length);
          const records = context.index(locale).records;
          for (const result of results) {
            const record = records.find((candidate) => candidate.slug === result.slug);
            expect(record).toBeDefined();
            expectSafeSnippet(result.snippet, record!.text || record!.description);
          }
        }),
        { numRuns: 150 },
      );
      expect(statuses).toEqual(new Set([200, 400]));
    });

    it(`answers any q of up to ${MAX_QUERY_LENGTH} characters in a site locale with a 200, never a 400`, () => {
      fc.assert(
        fc.property(
          anyText(MAX_QUERY_LENGTH, { long: false }).filter((q) => q.length <= MAX_QUERY_LENGTH),
          fc.constantFrom(undefined, ...LOCALES),
          (q, locale) => {
            const search = new URLSearchParams({ q });
            if (locale) search.set('locale', locale);
            expect(searchApi(search, context).status).toBe(200);
          },
        ),
        { numRuns: 150 },
      );
    });
  });
});

// ---------------------------------------------------------------------------------------------------------
// 2. Flow paths
// ---------------------------------------------------------------------------------------------------------

/** The step a list of answers leads to, followed by hand from the flow's own data; null if an answer does not fit. */
function replay(flow: CompiledFlow, answers: readonly string[]): string | null {
  let stepId = flow.start;
  for (const answer of answers) {
    const step = flow.steps[stepId];
    const nextId =
      step?.type === 'question' ? step.choices.find((choice) => choice.id === answer)?.next : step?.type === 'instruction' && answer === CONTINUE ? step.next : undefined;
    if (nextId === undefined) return null;
    stepId = nextId;
  }
  return stepId;
}

/** A walk through a flow, each number picking a choice, stopping at an outcome. */
function walkBy(flow: CompiledFlow, picks: readonly number[]): string[] {
  const answers: string[] = [];
  let stepId = flow.start;
  for (const pick of picks) {
    const step = flow.steps[stepId]!;
    if (step.type === 'outcome') break;
    const choice = step.type === 'question' ? step.choices[pick % step.choices.length]! : { id: CONTINUE, next: step.next };
    answers.push(choice.id);
    stepId = choice.next;
  }
  return answers;
}

const SEGMENT_EDITS = ['insert', 'replace', 'delete', 'encode', 'upper', 'append'] as const;
const hostileSegment = fc.oneof(
  fc.constantFrom('..', '.', '%2e%2e', '%2F', '%00', '%', '%E0%A4%A', '__proto__', 'constructor', 'toString', 'Continue', 'continue', 'a--b', '-a', 'a-', '', ' ', 'a'.repeat(61), '\uD800'),
  anyText(20, { long: false }),
);

describe('flow paths', () => {
  /** A real walk, then a few edits as a stale or tampered link would have them. */
  const flowPathCase = fc
    .tuple(
      fc.nat(),
      fc.array(fc.nat(), { maxLength: 14 }),
      fc.array(fc.tuple(fc.constantFrom(...SEGMENT_EDITS), fc.nat(), hostileSegment), { maxLength: 3 }),
      fc.boolean(),
    )
    .map(([flowPick, picks, edits, extraLong]) => ({ flowPick, picks, edits, extraLong }));

  it('decode any URL path to a real step: the step the answers lead to, or the start with restarted set; every link on the page replays', () => {
    let restarted = 0;
    let replayed = 0;
    fc.assert(
      fc.property(flowPathCase, ({ flowPick, picks, edits, extraLong }) => {
        const flow = flows[flowPick % flows.length]!;
        const walked = walkBy(flow, picks);
        // As the browser sends them: each answer percent-encoded, as flowPath writes it.
        let segments = walked.map(encodeURIComponent);
        for (const [edit, position, segment] of edits) {
          const at = position % (segments.length + 1);
          if (edit === 'insert') segments = [...segments.slice(0, at), segment, ...segments.slice(at)];
          else if (edit === 'replace') segments = [...segments.slice(0, at), segment, ...segments.slice(at + 1)];
          else if (edit === 'delete') segments = [...segments.slice(0, at), ...segments.slice(at + 1)];
          else if (edit === 'encode') segments = segments.map((part, index) => (index === at ? [...part].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('') : part));
          else if (edit === 'upper') segments = segments.map((part, index) => (index === at ? part.toUpperCase() : part));
          else segments = [...segments, segment];
        }
        if (extraLong) segments = [...segments, ...Array<string>(41).fill(CONTINUE)];

        const answers = parseAnswers(segments);
        const view = viewFlowStep(flow, answers);
        expect(view.step).toBe(flow.steps[view.stepId]);
        expect(['question', 'instruction', 'outcome']).toContain(view.step.type);
        expect(view.progress.current).toBeGreaterThanOrEqual(1);
        expect(view.progress.current).toBeLessThanOrEqual(view.progress.total);
        if (view.restarted) {
          restarted++;
          expect(view.stepId).toBe(flow.start);
          expect(view.answers).toEqual([]);
        } else {
          replayed++;
          expect(view.answers).toEqual(answers);
          expect(replay(flow, view.answers)).toBe(view.stepId);
        }
        // An untouched walk is never sent back to the start.
        if (edits.length === 0 && !extraLong) expect(view).toMatchObject({ restarted: false, answers: walked });
        // Every link the page shows leads to a page that is not restarted, through a real URL.
        for (const option of view.options) {
          const url = flowPath(flow.locale, flow.slug, option.answers);
          expect(viewFlowStep(flow, parseAnswers(url.split('/').slice(4))).restarted, url).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
    expect(restarted).toBeGreaterThan(40);
    expect(replayed).toBeGreaterThan(40);
  });

  it('never throw on any list of segments, and parseAnswers gives null or one answer per segment', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), fc.option(fc.array(hostileSegment, { maxLength: 45 }), { nil: undefined }), (locale, segments) => {
        const answers = parseAnswers(segments);
        if (answers !== null) expect(answers).toHaveLength(segments?.length ?? 0);
        for (const flow of catalog.flows(locale)) {
          const view = viewFlowStep(flow, answers);
          expect(view.step).toBe(flow.steps[view.stepId]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("a contact link's flow, outcome and answers never throw, and count only when they replay to that flow's escalation outcome", () => {
    let handedOff = 0;
    fc.assert(
      fc.property(
        fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...LOCALES) }, fc.constantFrom('__proto__', 'constructor', 'toString'), anyText(8, { long: false })),
        fc.nat(),
        fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, fc.constantFrom('__proto__', 'constructor', 'toString'), anyText(16, { long: false })),
        fc.array(fc.nat(), { maxLength: 14 }),
        fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, fc.constantFrom('__proto__', 'constructor', 'toString', 'start'), anyText(16, { long: false })),
        fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, anyText(30, { long: false })),
        (locale, flowPick, slugOverride, picks, outcomeOverride, answersOverride) => {
          const real = flows[flowPick % flows.length]!;
          const slug = slugOverride ?? real.slug;
          const flow = catalog.flow(locale, slug);
          if (flow === null) return;
          expect(flow).toMatchObject({ slug, locale });
          const walked = walkBy(flow, picks);
          const outcome = outcomeOverride ?? replay(flow, walked) ?? '';
          const answers = parseAnswerList(answersOverride ?? walked.join(','));
          const handoff = describeHandoff(flow, outcome, answers);
          if (handoff === null) return;
          handedOff++;
          const end = flow.steps[outcome];
          expect(end?.type === 'outcome' && end.result === 'escalate').toBe(true);
          expect(replay(flow, handoff.answers)).toBe(outcome);
          expect(handoff.trail).toHaveLength(answers.length);
        },
      ),
      { numRuns: 600 },
    );
    expect(handedOff).toBeGreaterThan(15);
  });
});

// ---------------------------------------------------------------------------------------------------------
// 3. Support requests
// ---------------------------------------------------------------------------------------------------------

const EARLIEST_TIME = Date.UTC(2009, 0, 3);
const CLOCK_SKEW_MS = 15 * 60 * 1000;
const errorCodes = (locale: string) => Object.keys(getMessages(locale).contact.form.errors);

/** Date-shaped text with odd parts, and ordinary past times, so validation reaches the UTC conversion and succeeds now and then. */
const timeText = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 60 }),
      fc.constantFrom('', ':00', ':59.999', ':00.123456789', 'Z', 'z', ':00Z', ':00z', ':00+14:00', ':00-23:59', '+08:00', '-00:00', ':00+0530', ' ', 'T'),
    )
    .map(([year, month, day, hour, minute, rest]) => {
      const two = (value: number) => String(value).padStart(2, '0');
      return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}${rest}`;
    }),
  anyText(30, { long: false }),
);
/** A time a person could name: since the genesis block, up to now, as the form sends it. */
const pastTime = fc.date({ min: new Date(EARLIEST_TIME), max: new Date(), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 16));

const descriptionText = fc.oneof(
  { weight: 3, arbitrary: fc.array(fragment, { minLength: 8, maxLength: 40 }).map(joined) },
  anyText(DESCRIPTION_MIN_LENGTH + 5, { long: false }),
  longText,
);

/** Mostly a right value, sometimes a wrong or hostile one. */
const mostly = <T>(right: fc.Arbitrary<T>, wrong: fc.Arbitrary<unknown>) => fc.oneof({ weight: 6, arbitrary: right }, { weight: 1, arbitrary: wrong });
/** Left out (JSON.stringify drops undefined), or a value. */
const optionalField = <T>(value: fc.Arbitrary<T>) => fc.oneof(fc.constant(undefined), value);

/**
 * A request as a client might send it: each field right, wrong or hostile, now and then an unknown field;
 * often all right, so the checked path is reached too. Built after the content is loaded: a guide's
 * hand-off is a real escalation path.
 */
function requestBodies() {
  const handoffs = catalog.flows('en').flatMap((flow) =>
    simplePaths(flow)
      .filter(({ outcome }) => { const end = flow.steps[outcome]; return end?.type === 'outcome' && end.result === 'escalate'; })
      .map(({ answers, outcome }) => ({ flow: flow.slug, outcome, answers })),
  );
  return fc
    .tuple(
      fc.record({
        topic: mostly(fc.constantFrom(...REQUEST_TOPICS), anyText(12, { long: false })),
        uid: optionalField(mostly(fc.stringMatching(/^\d{6,12}$/), anyText(14, { long: false }))),
        txid: optionalField(mostly(fc.oneof(fc.stringMatching(/^[0-9a-f]{64}$/), fc.stringMatching(/^0x[0-9a-fA-F]{64}$/)), anyText(20, { long: false }))),
        time: mostly(pastTime, timeText),
        locale: mostly(fc.constantFrom(...LOCALES), fc.oneof(fc.constantFrom('fr', 'zh-CN', 'EN', ''), anyText(6, { long: false }))),
        description: descriptionText,
        answers: optionalField(
          mostly(
            fc.constantFrom(...handoffs),
            fc.oneof(
              fc.record({ flow: fc.constantFrom('lost-2fa', 'account-unlock'), outcome: anyText(10, { long: false }), answers: fc.array(anyText(10, { long: false }), { maxLength: 4 }) }),
              fc.jsonValue({ maxDepth: 2 }),
            ),
          ),
        ),
      }),
      fc.oneof({ weight: 8, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString'), anyText(10, { long: false })), anyText(20, { long: false })) }),
    )
    .map(([request, extra]) => (extra ? { ...request, [extra[0]]: extra[1] } : request));
}

/** Checks a request the way a support agent would rely on it, independently of how the schema is written. */
function expectCheckedRequest(request: SupportRequest) {
  expect(REQUEST_TOPICS).toContain(request.topic);
  expect(request.description).toBe(request.description.trim());
  // Counted in UTF-16 units, as the textarea's maxlength counts them: an emoji is two.
  const characters = request.description.length;
  expect(characters).toBeGreaterThanOrEqual(DESCRIPTION_MIN_LENGTH);
  expect(characters).toBeLessThanOrEqual(DESCRIPTION_MAX_LENGTH);
  expect(request.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/);
  expect(Date.parse(request.time)).toBeGreaterThanOrEqual(EARLIEST_TIME);
  expect(Date.parse(request.time)).toBeLessThanOrEqual(Date.now() + CLOCK_SKEW_MS);
  expect(request.locale).toMatch(/^[a-z]{2}(?:-[A-Z]{2})?$/);
  if (request.uid !== undefined) expect(request.uid).toMatch(UID_PATTERN);
  if (request.txid !== undefined) expect(txidShape(request.txid)).not.toBeNull();
}

/** A support context on the real catalog, with a ticket system that answers as told and counts what it was sent. */
function supportContext(forwardOk: boolean): { context: SupportApiContext; forwarded: () => number } {
  let count = 0;
  const forward: Forward = async () => {
    count++;
    return forwardOk ? { ok: true, reference: 'T-1' } : { ok: false };
  };
  return { context: createSupportContext(catalog, { forward, rateLimit: () => ({ ok: true }) }), forwarded: () => count };
}

describe('support requests', () => {
  it('validateRequest never throws on any JSON value or request-shaped object: a checked request that validates again unchanged, or field errors the form can say in both languages', () => {
    const known = new Set<string>([...REQUEST_FIELDS, 'request']);
    let valid = 0;
    let invalid = 0;
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: requestBodies() }, fc.jsonValue({ maxDepth: 3 }), fc.dictionary(anyText(10, { long: false }), anyText(20, { long: false }))), (value) => {
        // As the form hands it over (undefined fields included), and as the API reads it (through JSON).
        validateRequest(value);
        const input: unknown = JSON.parse(JSON.stringify(value) ?? 'null');
        const result = validateRequest(input);
        if (result.ok) {
          valid++;
          expectCheckedRequest(result.request);
          // What the API returns as the checked request is accepted again as it is.
          expect(validateRequest(JSON.parse(JSON.stringify(result.request)))).toEqual(result);
          return;
        }
        invalid++;
        const entries = Object.entries(result.errors);
        expect(entries.length).toBeGreaterThan(0);
        for (const [field, code] of entries) {
          expect(known).toContain(field);
          for (const locale of LOCALES) expect(errorCodes(locale)).toContain(code);
        }
      }),
      { numRuns: 500 },
    );
    expect(valid).toBeGreaterThan(25);
    expect(invalid).toBeGreaterThan(25);
  });

  it('the API never throws and never fails inside (no 500): every body gets a typed 4xx or a checked request, and only a checked request is forwarded', async () => {
    const contentType = fc.oneof(
      { weight: 6, arbitrary: fc.constant('application/json') },
      fc.constantFrom('application/json; charset=utf-8', 'application/problem+json', 'Application/JSON; charset="UTF-8"', 'application/json; charset=latin1', 'text/plain', 'multipart/form-data', ''),
      fc.constant(null),
      anyText(20, { long: false }),
    );
    const body = fc.oneof(
      { weight: 6, arbitrary: requestBodies().map((value) => JSON.stringify(value)) },
      fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? 'null'),
      anyText(100),
      fc.constantFrom('', 'null', '[]', '"x"', '{', '{"topic":', '\uFEFF{}', 'x'.repeat(MAX_REQUEST_BYTES + 1), JSON.stringify({ description: '提'.repeat(7000) })),
      fc.constant(null),
    );
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(body, contentType, fc.boolean(), async (raw, type, forwardOk) => {
        const { context, forwarded } = supportContext(forwardOk);
        const answer = await supportRequestApi({ body: raw, contentType: type, client: '203.0.113.7' }, context);
        statuses.add(answer.status);
        expect([200, 201, 400, 413, 415, 422, 503]).toContain(answer.status);
        const answerBody = answer.body as { error?: { code: unknown; message: unknown }; request?: SupportRequest };
        if (answer.status >= 400) {
          expect(answerBody.error?.code).toEqual(expect.stringMatching(/^[a-z][a-z_]*$/));
          expect(answerBody.error?.message).toEqual(expect.any(String));
        }
        if (answerBody.request) {
          expectCheckedRequest(answerBody.request);
          expect(validateRequest(JSON.parse(JSON.stringify(answerBody.request)))).toEqual({ ok: true, request: answerBody.request });
        }
        // Sent to the ticket system exactly when the answer says it was tried.
        expect(forwarded()).toBe(answer.status === 201 || answer.status === 503 ? 1 : 0);
      }),
      { numRuns: 300 },
    );
    for (const status of [201, 400, 413, 415, 503]) expect(statuses).toContain(status);
  });

  describe('a secret in the request', () => {
    const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
    /** The secret itself, and how a person would write it. */
    const planted = fc.oneof(
      fc.uint8Array({ minLength: 16, maxLength: 16 }).map((entropy) => {
        const phrase = entropyToMnemonic(entropy, english);
        return { secret: phrase, text: phrase };
      }),
      // 64 hex is a key or a transaction hash: the nearest label before it decides (the TxID field itself names it a
      // transaction), so this one is labelled, as a person pasting a key from a wallet's export screen would; in any field.
      fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => ({ secret: hex(bytes), text: `private key: ${hex(bytes)}` })),
      fc.stringMatching(/^[A-Za-z]{4,10}[0-9]{2,4}[!#$%]?$/).map((password) => ({ secret: password, text: `password: ${password}` })),
      fc.stringMatching(/^[1-9][0-9]{5}$/).map((code) => ({ secret: code, text: `my 2FA code is ${code}` })),
    );
    const fieldName = fc.oneof(fc.constantFrom('description', 'uid', 'txid', 'topic', 'time', 'locale', '__proto__'), fc.stringMatching(/^x[a-z0-9]{7}$/));

    it("is refused with a 422 naming only the field and the kind: the secret, and an unknown field's name, are never echoed, and nothing is forwarded", async () => {
      await fc.assert(
        fc.asyncProperty(requestBodies(), planted, fieldName, hostileText, hostileText, async (base, { secret, text }, name, before, after) => {
          const { context, forwarded } = supportContext(true);
          // Set apart from the hostile text around it, so the secret reads as the person meant it.
          const request = { ...base, [name]: `${before}\n\n.\n\n${text}\n\n.\n\n${after}` };
          const answer = await supportRequestApi({ body: JSON.stringify(request), contentType: 'application/json', client: '203.0.113.7' }, context);
          expect(answer.status, JSON.stringify(request)).toBe(422);
          expect(answer.body).toEqual({ error: { code: 'secret_detected', field: expect.any(String), kind: expect.any(String), message: expect.any(String) } });
          const { field, kind } = (answer.body as { error: { field: string; kind: string } }).error;
          expect([...REQUEST_FIELDS, 'request']).toContain(field);
          expect(Object.keys(SECRET_KINDS)).toContain(kind);
          const echoed = JSON.stringify(answer);
          expect(echoed).not.toContain(secret);
          if (!(REQUEST_FIELDS as string[]).includes(name)) expect(echoed).not.toContain(name);
          expect(forwarded()).toBe(0);
        }),
        { numRuns: 150 },
      );
    });

    it("the form path (readForm, requestFromForm, submitRequest) never throws, and refuses any secret first, saying only its field and kind; otherwise the prepared text keeps the person's words", async () => {
      const fromRequest = requestBodies().map((request) => {
        const handoff = request.answers as { flow?: unknown; outcome?: unknown; answers?: unknown } | undefined;
        return {
          topic: request.topic,
          uid: request.uid,
          txid: request.txid,
          time: request.time,
          description: request.description,
          flow: handoff?.flow,
          outcome: handoff?.outcome,
          answers: Array.isArray(handoff?.answers) ? handoff.answers.join(',') : handoff?.answers,
        } as Record<string, unknown>;
      });
      const formValue = fc.oneof(
        { weight: 3, arbitrary: anyText(40, { long: false }) },
        fc.constantFrom(...REQUEST_TOPICS, '12345678', '2026-01-02T03:04', 'password: Hunter22!', 'my 2FA code is 739201', 'lost-2fa', 'continue'),
        descriptionText,
        planted.map(({ text }) => text),
        // Not text: a file or a number in a form field reads as empty.
        fc.constantFrom<unknown>(null, 42, new Blob(['x'])),
      );
      const anyForm = fc.dictionary(fc.constantFrom('topic', 'uid', 'txid', 'time', 'description', 'flow', 'outcome', 'answers', 'intent'), formValue);
      const withSecret = fc.tuple(fromRequest, fc.constantFrom('topic', 'uid', 'txid', 'time', 'description', 'flow'), planted).map(([form, name, { text }]) => ({ ...form, [name]: text }));
      const statuses = new Set<string>();
      await fc.assert(
        fc.asyncProperty(fc.oneof({ weight: 3, arbitrary: fromRequest }, anyForm, withSecret), fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...LOCALES) }, anyText(6, { long: false })), async (fields, locale) => {
          const { context, forwarded } = supportContext(true);
          const input = requestFromForm(readForm(new Map(Object.entries(fields))), locale);
          const [secret] = findRequestSecrets(input);
          const result = await submitRequest(input, context, { send: true });
          statuses.add(result.status);
          if (secret) {
            // Only where and what kind: not the secret, not the request, nothing prepared.
            expect(result).toEqual({ status: 'secret', field: secret.field, kind: secret.kind });
            expect(forwarded()).toBe(0);
            return;
          }
          expect(['invalid', 'submitted']).toContain(result.status);
          if (result.status !== 'submitted') {
            expect(forwarded()).toBe(0);
            return;
          }
          expect(forwarded()).toBe(1);
          expectCheckedRequest(result.request);
          expect(result.prepared.text).toContain(result.request.description);
        }),
        { numRuns: 200 },
      );
      for (const status of ['secret', 'invalid', 'submitted']) expect(statuses).toContain(status);
    });
  });
});

// ---------------------------------------------------------------------------------------------------------
// 4. Redaction of stored search queries
// ---------------------------------------------------------------------------------------------------------

describe('redactQuery', () => {
  it(`never throws on any UTF-16 text (lone surrogates and ~5,000 characters included); stores null or at most ${MAX_REDACTED_LENGTH} characters of well-formed text without control, invisible or bidi characters`, () => {
    fc.assert(
      fc.property(anyText(400), (text) => {
        const stored = redactQuery(text);
        if (stored === null) return;
        expect(stored.length).toBeGreaterThan(0);
        expect(stored.length).toBeLessThanOrEqual(MAX_REDACTED_LENGTH);
        expect(stored.isWellFormed()).toBe(true);
        expect(stored).not.toMatch(/[\p{Cc}\p{Cf}]/u);
      }),
      { numRuns: 400 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// 5. The verifier, and the secret detector
// ---------------------------------------------------------------------------------------------------------

/** The declared kinds and verdicts, checked against the types by the compiler: adding one to the types breaks this file until it is listed. */
const CHANNEL_KINDS: Record<ChannelKind, true> = { url: true, domain: true, email: true, phone: true, handle: true, unknown: true };
const VERDICTS: Record<Verdict['verdict'], true> = { official: true, 'not-official': true };
const SECRET_KINDS: Record<SecretKind, true> = { 'recovery-phrase': true, 'private-key': true, 'one-time-code': true, password: true };

describe('verifyChannel', () => {
  it('never throws on any text (~5,000 characters and lone surrogates included); the verdict and kind are declared ones, and each reason reads in English and Chinese with every {placeholder} filled and no markup the input did not bring', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyText(120), fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.emailAddress(), fc.domain()),
        (input) => {
          const verdict = verifyChannel(input, official);
          expect(Object.keys(VERDICTS)).toContain(verdict.verdict);
          expect(Object.keys(CHANNEL_KINDS)).toContain(verdict.kind);
          expect(typeof verdict.normalized).toBe('string');
          expect(verdict.reasons.length).toBeGreaterThan(0);
          expect(verdict.verdict === 'official').toBe(isOfficial(verdict.reasons));
          expect(verdict.reasons).not.toContainEqual({ code: 'unparseable', problem: 'internal-error' });
          if (input.length > MAX_INPUT_LENGTH) expect(verdict).toMatchObject({ verdict: 'not-official', reasons: [{ code: 'unparseable', problem: 'too-long' }] });
          const data = stringsIn(verdict.reasons);
          for (const locale of LOCALES) {
            const sentences = describeReasons(verdict.reasons, getMessages(locale).verify, content.site.brand, locale);
            for (const { text } of sentences) {
              expect(text.length).toBeGreaterThan(0);
              if (!data.some((value) => value.includes('{'))) expect(text).not.toMatch(/\{\w+\}/);
              if (!data.some((value) => value.includes('<'))) expect(text).not.toContain('<');
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never calls an official channel official once an invisible or bidi character is hidden in it', () => {
    const spellings = [
      ...official.domains,
      ...official.domains.map((domain) => `https://${domain}/login`),
      ...official.emails,
      ...official.social.flatMap((account) => [account.url, account.handle.startsWith('@') ? account.handle : `@${account.handle}`]),
    ].filter((text) => verifyChannel(text, official).verdict === 'official');
    expect(spellings.length).toBeGreaterThanOrEqual(6);
    fc.assert(
      fc.property(fc.constantFrom(...spellings), fc.nat(), fc.constantFrom('\u202E', '\u202D', '\u202A', '\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\u061C', '\uFEFF'), (text, position, hidden) => {
        const at = position % (text.length + 1);
        const disguised = text.slice(0, at) + hidden + text.slice(at);
        const verdict = verifyChannel(disguised, official);
        expect(verdict.verdict).toBe('not-official');
        expect(verdict.reasons.map((reason: Reason) => reason.code)).toContain('invisible-characters');
      }),
      { numRuns: 300 },
    );
  });
});

describe('findSecrets', () => {
  /** Labels and values the detectors look for, so hostile text holds secrets and near-secrets too. */
  const secretish = fc.oneof(
    fc.constantFrom('password: ', 'pwd=', 'my password is ', 'Password: "', '密码是', '登录密码：', 'PIN码 ', '2FA code ', 'my 2FA code is ', '验证码', 'UID ', 'order ', 'txid ', ' ', '\n'),
    fc.constantFrom('123456', '739 201', 'Hunter22!', 'Tr0ub4dor&3', 'sunshine', 'abc12345', '"', '•••', 'USDT'),
    fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => Buffer.from(bytes).toString('hex')),
    fc.uint8Array({ minLength: 16, maxLength: 16 }).map((entropy) => entropyToMnemonic(entropy, english)),
  );
  const text = fc.oneof(anyText(300), fc.array(fc.oneof(secretish, fragment), { maxLength: 30 }).map(joined));

  it('never throws on any text (~5,000 characters and lone surrogates included); findings are of a declared kind, sorted, apart and inside the text, and a masked secret shows at most its first two and last two characters', () => {
    let found = 0;
    fc.assert(
      fc.property(text, (input) => {
        const findings = findSecrets(input);
        found += findings.length;
        findings.forEach((finding, index) => {
          expect(Object.keys(SECRET_KINDS)).toContain(finding.kind);
          expect(finding.start).toBeGreaterThanOrEqual(0);
          expect(finding.end).toBeGreaterThan(finding.start);
          expect(finding.end).toBeLessThanOrEqual(input.length);
          if (index > 0) expect(finding.start).toBeGreaterThanOrEqual(findings[index - 1]!.end);
          const secret = Array.from(input.slice(finding.start, finding.end));
          const shown = Array.from(maskSecret(input, finding)).filter((character) => character !== '•');
          expect(shown.length).toBeLessThanOrEqual(secret.length >= 8 ? 4 : 0);
        });
      }),
      { numRuns: 400 },
    );
    expect(found).toBeGreaterThan(40);
  });
});

// ---------------------------------------------------------------------------------------------------------
// And the one place content becomes a <script>: JSON-LD
// ---------------------------------------------------------------------------------------------------------

describe('serializeJsonLd', () => {
  it('never lets any text close its <script>: no "<" in the output, and it reads back as the same data', () => {
    const hostileJson = fc.jsonValue({ maxDepth: 3 }).chain((shape) => fc.tuple(fc.constant(shape), hostileText));
    fc.assert(
      fc.property(hostileJson, ([shape, text]) => {
        const data = { '@context': 'https://schema.org', name: text, headline: `</script>${text}<!--`, nested: shape };
        const serialized = serializeJsonLd(data);
        expect(serialized).not.toContain('<');
        expect(JSON.parse(serialized)).toEqual(JSON.parse(JSON.stringify(data)));
      }),
      { numRuns: 200 },
    );
  });
});
