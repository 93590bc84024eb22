/**
 * Punycode decoding (RFC 3492), to show what an "xn--" label really spells.
 *
 * The WHATWG URL parser already encodes Unicode hosts to ASCII, but the platform has no
 * standard decoder outside Node's `node:url`, which lib/ does not import (it also runs in
 * the browser). Small enough to keep here; tests round-trip it against the URL parser.
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_INT = 0x7fffffff;
const MAX_CODE_POINT = 0x10ffff;

function adaptBias(delta: number, pointCount: number, firstTime: boolean): number {
  let scaled = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  scaled += Math.floor(scaled / pointCount);
  let k = 0;
  while (scaled > ((BASE - T_MIN) * T_MAX) >> 1) {
    scaled = Math.floor(scaled / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * scaled) / (scaled + SKEW));
}

function digitValue(codeUnit: number): number {
  if (codeUnit >= 0x30 && codeUnit <= 0x39) return codeUnit - 22; // 0-9 → 26-35
  if (codeUnit >= 0x41 && codeUnit <= 0x5a) return codeUnit - 0x41; // A-Z → 0-25
  if (codeUnit >= 0x61 && codeUnit <= 0x7a) return codeUnit - 0x61; // a-z → 0-25
  return BASE;
}

function threshold(k: number, bias: number): number {
  if (k <= bias) return T_MIN;
  if (k >= bias + T_MAX) return T_MAX;
  return k - bias;
}

/** Decodes the part after "xn--"; null when it is not valid Punycode. */
export function decodePunycode(encoded: string): string | null {
  const basicEnd = Math.max(encoded.lastIndexOf('-'), 0);
  const output: number[] = [];
  for (let j = 0; j < basicEnd; j++) {
    const codeUnit = encoded.charCodeAt(j);
    if (codeUnit >= 0x80) return null;
    output.push(codeUnit);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  let index = basicEnd > 0 ? basicEnd + 1 : 0;
  while (index < encoded.length) {
    const oldI = i;
    let weight = 1;
    for (let k = BASE; ; k += BASE) {
      if (index >= encoded.length) return null;
      const digit = digitValue(encoded.charCodeAt(index++));
      if (digit >= BASE || digit > Math.floor((MAX_INT - i) / weight)) return null;
      i += digit * weight;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (weight > Math.floor(MAX_INT / (BASE - t))) return null;
      weight *= BASE - t;
    }
    const length = output.length + 1;
    bias = adaptBias(i - oldI, length, oldI === 0);
    if (Math.floor(i / length) > MAX_INT - n) return null;
    n += Math.floor(i / length);
    i %= length;
    if (n > MAX_CODE_POINT) return null;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

/** "xn--hrborline-0yh" → "hаrborline"; any other label is returned unchanged. */
export function labelToUnicode(label: string): string {
  if (!label.startsWith('xn--')) return label;
  return decodePunycode(label.slice(4)) || label; // invalid or empty ("xn--"): show it as typed
}

export function hostToUnicode(asciiHost: string): string {
  return asciiHost.split('.').map(labelToUnicode).join('.');
}
