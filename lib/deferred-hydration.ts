/**
 * Hydration on the reader's first move. Every page is whole, working HTML before any script runs
 * (links, forms, the search box as a plain form), so the framework's scripts only enhance it. Yet
 * evaluating them (Next's router and React, ~130 KiB gzipped even for an empty App Router page) and
 * hydrating blocks a mid-range phone's main thread for one to two seconds while the page loads: that
 * was nearly all of Lighthouse's lost performance points. So the HTML is rewritten to hold those
 * scripts back until the reader points, touches, types or tabs: then the same scripts load, in the
 * same way, and hydrate. Someone who only reads an article never pays for them.
 *
 * What changes in the HTML: each of the framework's external scripts (`<script src="/_next/static/…"
 * async>`) becomes an inert data block (`<script type="text/x-deferred" data-src=…>`, which a browser
 * neither runs nor fetches), the preload hints for those scripts go, and a small inline loader is
 * added. The inline flight-data scripts are left as they are: they only queue data for React.
 * Legacy `nomodule` polyfills are left too (modern browsers skip them anyway).
 */

/** The type that marks a held-back script: not a JavaScript type, so the browser leaves it alone. */
export const DEFERRED_SCRIPT_TYPE = 'text/x-deferred';

/**
 * What counts as the reader's first move. `pointerdown` covers touch as well as mouse (a scroll on a
 * phone starts with one), `mouseover` a desktop pointer crossing the page, `focusin` and `keydown` the
 * keyboard. Passive and capturing, so no page handler can stop them and scrolling is never delayed.
 */
const FIRST_MOVES = ['pointerdown', 'mouseover', 'focusin', 'keydown'];

/** What the root layouts dispatch on the window once React has hydrated the page (components/hydration-mark.tsx). */
export const HYDRATED_EVENT = 'app:hydrated';

/**
 * How long a form sent before hydration waits for it before it is sent as plain HTML after all: the
 * scripts may never come (a dropped connection, a blocked file), and the form works without them.
 */
const HELD_SUBMIT_MS = 8000;

/**
 * The loader, kept small and dependency-free because it runs on every page. On the first move it
 * swaps each held-back script for a real one with the same address (and nonce, on pages that have
 * one). Scripts are async, as Next wrote them, so their order does not matter; Next's runtime waits
 * for the chunks it needs.
 *
 * It fetches nothing ahead. It used to prefetch the scripts into the cache once the page had loaded
 * and the browser was idle, so that a first tap on a slow network would wait for the main thread
 * only. But issuing nine prefetches was itself a long task on a 2-core machine (8-88 ms in three
 * traces, the main thread stalled between requests), and it fell just as the first frame was being
 * drawn: on a Chinese home page, Lighthouse's median went from 93 with it to 99 without it, five runs
 * each (README, Performance). The page works whole without the scripts, so a first move on a slow
 * network costs only the wait for enhancement.
 *
 * A form sent between the first move and the end of hydration is held and sent again once React has
 * the page, so its own handler answers it. Sent natively in that window, the request raced the
 * hydrating framework, and the answer could be lost (measured on the contact form: a press of
 * Prepare 150-350 ms after the first move showed the empty form again). If hydration does not come
 * in time, the form is sent natively, as it would be without JavaScript.
 */
export const HYDRATION_LOADER = `(()=>{const m=${JSON.stringify(FIRST_MOVES)},q='script[type="${DEFERRED_SCRIPT_TYPE}"]';let done=false,ready=false,held=null;const load=()=>{if(done)return;done=true;for(const e of m)removeEventListener(e,go,true);for(const h of document.querySelectorAll(q)){const s=document.createElement('script');s.src=h.dataset.src;s.async=true;if(h.nonce)s.nonce=h.nonce;h.replaceWith(s)}};const go=()=>{if(document.readyState==='loading')document.addEventListener('DOMContentLoaded',load,{once:true});else load()};const send=()=>{if(!held)return;const[f,b]=held;held=null;ready=true;f.requestSubmit(b&&b.form===f?b:null)};for(const e of m)addEventListener(e,go,{capture:true,passive:true});addEventListener('submit',e=>{if(ready||e.defaultPrevented)return;e.preventDefault();e.stopImmediatePropagation();if(!held)setTimeout(send,${HELD_SUBMIT_MS});held=[e.target,e.submitter];go()},true);addEventListener('${HYDRATED_EVENT}',()=>{ready=true;held&&setTimeout(send)},{once:true})})()`;

/** The framework's external scripts: `<script src="/_next/static/…" async="" …></script>`. */
const FRAMEWORK_SCRIPT = /<script\b([^>]*?)\bsrc="(\/_next\/static\/[^"]+\.js)"([^>]*)><\/script>/g;
/** Next's hints to fetch those scripts early, which would spend a phone's bandwidth on them while the page loads. */
const SCRIPT_PRELOAD = /<link\b[^>]*\brel="preload"[^>]*\bas="script"[^>]*\/?>/g;

/**
 * The page with its framework scripts held back until the reader's first move (see above). `nonce`
 * is the page's script nonce when it has one (a page rendered per request); a page built ahead is
 * served with the hashes of its inline scripts, the loader's among them. Rewriting a page twice
 * changes nothing.
 */
export function deferHydration(html: string, nonce?: string): string {
  if (html.includes(`type="${DEFERRED_SCRIPT_TYPE}"`)) return html;
  let held = 0;
  const rewritten = html
    .replace(FRAMEWORK_SCRIPT, (tag, before: string, src: string, after: string) => {
      const attributes = `${before} ${after}`;
      // A polyfill for old browsers only: modern ones never run it, old ones need it first.
      if (/\bnomodule\b/i.test(attributes)) return tag;
      held++;
      const scriptNonce = /\bnonce="([^"]*)"/.exec(attributes)?.[1];
      return `<script type="${DEFERRED_SCRIPT_TYPE}" data-src="${src}"${scriptNonce ? ` nonce="${scriptNonce}"` : ''}></script>`;
    })
    .replace(SCRIPT_PRELOAD, '');
  // A page without framework scripts (none should be) is left as it was: nothing to load.
  if (held === 0) return html;
  // In the head, so that a move made while the rest of the page is still arriving is not missed.
  const loader = `<script${nonce ? ` nonce="${nonce}"` : ''}>${HYDRATION_LOADER}</script>`;
  const head = rewritten.indexOf('</head>');
  return head === -1 ? loader + rewritten : rewritten.slice(0, head) + loader + rewritten.slice(head);
}
