import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '@/lib/csp';
import { DEFERRED_SCRIPT_TYPE, HYDRATED_EVENT, HYDRATION_LOADER, deferHydration } from '@/lib/deferred-hydration';

/** The shape of a page as `next build` writes it (abridged): framework scripts, a preload, flight data, JSON-LD, a polyfill. */
const page = (nonce = '') => {
  const n = nonce ? ` nonce="${nonce}"` : '';
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/boot.js"/>',
    `<script src="/_next/static/chunks/react.js" async=""${n}></script>`,
    `<script src="/_next/static/chunks/turbopack-runtime.js" async=""${n}></script>`,
    `<script src="/_next/static/chunks/polyfills.js" noModule=""${n}></script>`,
    '<title>Reset your password</title></head><body><main><h1>Reset your password</h1></main>',
    '<script type="application/ld+json">{"@type":"Article"}</script>',
    `<script id="_R_"${n}>self.__next_r="x"</script>`,
    `<script src="/_next/static/chunks/boot.js" async=""${n}></script>`,
    `<script${n}>(self.__next_f=self.__next_f||[]).push([0])</script>`,
    '</body></html>',
  ].join('');
};

const runnableScripts = (html: string) => [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1] ?? '').filter((attributes) => /(?:^|\s)src=/.test(attributes) && !/noModule/i.test(attributes));

describe('deferHydration', () => {
  it('holds back every framework script, drops their preloads and adds the loader to the head', () => {
    const html = deferHydration(page());
    expect(runnableScripts(html)).toEqual([]);
    for (const chunk of ['react.js', 'turbopack-runtime.js', 'boot.js']) {
      expect(html).toContain(`<script type="${DEFERRED_SCRIPT_TYPE}" data-src="/_next/static/chunks/${chunk}"></script>`);
    }
    expect(html).not.toMatch(/rel="preload" as="script"/);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain(`<script>${HYDRATION_LOADER}</script>`);
    expect(html.split(HYDRATION_LOADER)).toHaveLength(2);
  });

  it('leaves the rest of the page as Next wrote it', () => {
    const html = deferHydration(page());
    for (const kept of [
      '<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script type="application/ld+json">{"@type":"Article"}</script>',
      '<script id="_R_">self.__next_r="x"</script>',
      '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
      '<main><h1>Reset your password</h1></main>',
    ]) {
      expect(html).toContain(kept);
    }
  });

  it('is allowed by the page policy: the loader is one more hashed inline script, the held-back ones are data', () => {
    const before = inlineScriptHashes(page());
    const after = inlineScriptHashes(deferHydration(page()));
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after).toHaveLength(before.length + 1);
  });

  it('gives the loader the page nonce and keeps each script nonce for the scripts it makes', () => {
    const html = deferHydration(page('abc123=='), 'abc123==');
    expect(html).toContain(`<script nonce="abc123==">${HYDRATION_LOADER}</script>`);
    expect(html).toContain(`<script type="${DEFERRED_SCRIPT_TYPE}" data-src="/_next/static/chunks/boot.js" nonce="abc123=="></script>`);
  });

  it('changes nothing the second time, nor on a page without framework scripts', () => {
    const once = deferHydration(page());
    expect(deferHydration(once)).toBe(once);
    const plain = '<!DOCTYPE html><html><head></head><body><p>Offline</p></body></html>';
    expect(deferHydration(plain)).toBe(plain);
    expect(deferHydration('')).toBe('');
  });
});

/** Just enough of a browser for the loader: listeners on the window, held-back scripts in the document. */
function fakeBrowser(readyState: 'loading' | 'complete', heldBack: { src: string; nonce?: string }[]) {
  const listeners = new Map<string, () => void>();
  const documentListeners = new Map<string, () => void>();
  const inserted: { src: string; async: boolean; nonce: string }[] = [];
  const prefetched: { rel: string; as: string; href: string }[] = [];
  const idle: (() => void)[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const held = heldBack.map((script) => ({
    dataset: { src: script.src },
    nonce: script.nonce ?? '',
    replaceWith: (made: { src: string; async: boolean; nonce: string }) => inserted.push(made),
  }));
  const window = {
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type),
    requestIdleCallback: (callback: () => void) => idle.push(callback),
    setTimeout: (run: () => void, ms = 0) => timers.push({ run, ms }),
    document: {
      readyState,
      addEventListener: (type: string, listener: () => void) => documentListeners.set(type, listener),
      // Held-back scripts leave the document once swapped in.
      querySelectorAll: (selector: string) => (selector === `script[type="${DEFERRED_SCRIPT_TYPE}"]` ? held.filter((_, index) => index >= inserted.length) : []),
      createElement: (tag: string) => (tag === 'link' ? { rel: '', as: '', href: '' } : { src: '', async: false, nonce: '' }),
      head: { append: (link: { rel: string; as: string; href: string }) => prefetched.push(link) },
    },
  };
  runInNewContext(HYDRATION_LOADER, { ...window, self: window, window });
  /** The page finishes loading and the browser goes idle. */
  const loadAndIdle = () => {
    listeners.get('load')?.();
    for (const callback of idle.splice(0)) callback();
  };
  /** The timers due within `ms`, run in order; later ones stay queued. */
  const advance = (ms: number) => {
    for (const timer of timers.filter((timer) => timer.ms <= ms)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.run();
    }
  };
  return { listeners, documentListeners, inserted, prefetched, loadAndIdle, advance, timers };
}

/** A form with a button, and the submit events sent through the loader's window listener. */
function fakeForm(browser: ReturnType<typeof fakeBrowser>) {
  const sentAgain: unknown[] = [];
  const form = { requestSubmit: (submitter: unknown) => sentAgain.push(submitter) };
  const button = { form };
  const submit = (init: { defaultPrevented?: boolean } = {}) => {
    const event = { target: form, submitter: button, defaultPrevented: init.defaultPrevented ?? false, stopped: false };
    const handle = browser.listeners.get('submit') as unknown as (event: object) => void;
    handle({
      ...event,
      preventDefault: () => (event.defaultPrevented = true),
      stopImmediatePropagation: () => (event.stopped = true),
    });
    return event;
  };
  return { button, submit, sentAgain };
}

const MOVES = ['focusin', 'keydown', 'mouseover', 'pointerdown'];

describe('the hydration loader', () => {
  it('loads nothing until the first move, then each held-back script once, async, with its nonce', () => {
    const browser = fakeBrowser('complete', [{ src: '/_next/static/chunks/a.js', nonce: 'n1' }, { src: '/_next/static/chunks/b.js' }]);
    expect(browser.inserted).toEqual([]);
    expect([...browser.listeners.keys()].filter((type) => MOVES.includes(type)).sort()).toEqual(MOVES);
    browser.listeners.get('pointerdown')?.();
    expect(browser.inserted).toEqual([
      { src: '/_next/static/chunks/a.js', async: true, nonce: 'n1' },
      { src: '/_next/static/chunks/b.js', async: true, nonce: '' },
    ]);
    // Every move listener is gone: a later move loads nothing again.
    expect(MOVES.filter((type) => browser.listeners.has(type))).toEqual([]);
    // Nor is anything prefetched once the scripts are in.
    browser.loadAndIdle();
    expect(browser.prefetched).toEqual([]);
  });

  it('waits for the whole page when the first move comes while it is still arriving', () => {
    const browser = fakeBrowser('loading', [{ src: '/_next/static/chunks/a.js' }]);
    browser.listeners.get('keydown')?.();
    expect(browser.inserted).toEqual([]);
    browser.documentListeners.get('DOMContentLoaded')?.();
    expect(browser.inserted.map((script) => script.src)).toEqual(['/_next/static/chunks/a.js']);
  });

  it('fetches nothing ahead of the first move, however long the page sits loaded and idle', () => {
    // Prefetching them at idle was a long task of its own as the first frame was drawn (see the loader).
    const browser = fakeBrowser('complete', [{ src: '/_next/static/chunks/a.js' }, { src: '/_next/static/chunks/b.js' }]);
    browser.loadAndIdle();
    browser.advance(Infinity);
    expect(browser.prefetched).toEqual([]);
    expect(browser.inserted).toEqual([]);
    browser.listeners.get('focusin')?.();
    expect(browser.inserted.map((script) => script.src)).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/b.js']);
  });

  it('holds a form sent before the page hydrates and sends it again, with its button, once React has the page', () => {
    const browser = fakeBrowser('complete', [{ src: '/_next/static/chunks/a.js' }]);
    const form = fakeForm(browser);
    const held = form.submit();
    // Neither the browser nor the half-hydrated framework gets it...
    expect(held).toMatchObject({ defaultPrevented: true, stopped: true });
    // ...and the scripts are on their way, were they not already.
    expect(browser.inserted).toHaveLength(1);
    browser.advance(0);
    expect(form.sentAgain).toEqual([]);
    browser.listeners.get(HYDRATED_EVENT)?.();
    browser.advance(0);
    expect(form.sentAgain).toEqual([form.button]);
    // The second sending, and any later one, is the page's own to answer.
    expect(form.submit()).toMatchObject({ defaultPrevented: false, stopped: false });
    // The fallback timer finds nothing left to send.
    browser.advance(Infinity);
    expect(form.sentAgain).toHaveLength(1);
  });

  it('sends a held form natively when hydration does not come in time', () => {
    const browser = fakeBrowser('complete', [{ src: '/_next/static/chunks/a.js' }]);
    const form = fakeForm(browser);
    form.submit();
    browser.advance(7999);
    expect(form.sentAgain).toEqual([]);
    browser.advance(8000);
    expect(form.sentAgain).toEqual([form.button]);
    expect(form.submit()).toMatchObject({ defaultPrevented: false, stopped: false });
  });

  it('leaves alone a form sent after hydration, or one a page handler already stopped', () => {
    const browser = fakeBrowser('complete', [{ src: '/_next/static/chunks/a.js' }]);
    const form = fakeForm(browser);
    expect(form.submit({ defaultPrevented: true })).toMatchObject({ stopped: false });
    browser.listeners.get(HYDRATED_EVENT)?.();
    expect(form.submit()).toMatchObject({ defaultPrevented: false, stopped: false });
    browser.advance(Infinity);
    expect(form.sentAgain).toEqual([]);
  });
});
