/** One-time codes next to their labels (see ./secrets.ts). */
import { lastMatch, type SecretFinding } from './secret-finding';

/**
 * Six digits (or "123 456" as authenticator apps show them) are everywhere: order ids, amounts, dates.
 * They are a code only when the nearest label within a short window, before or after, names a code. A
 * label that names another number ("order", "UID", "referral code", "订单", "金额") nearer to the digits
 * wins, so "UID 123456, my 2FA code never arrives" passes. Amounts ("250000 USDT", "$123456"), parts of
 * longer numbers ("0.123456", "12 345 678") and digits glued to letters ("A123456") never are codes.
 * Multi-word labels come first in each group so that "referral code" is not read as "code".
 */
const CODE_LABEL_WINDOW_BEFORE = 32;
const CODE_LABEL_WINDOW_AFTER = 24;
const CODE_LABEL =
  /(?<other>(?:referral|invite|invitation|promo|coupon|error|country|zip|post(?:al)?|area|tracking|reference)[ -]?code|\buid\b|\buser ?id\b|\bid\b|order|\bref\b|ticket|\bcase\b|account|acct|amount|balance|phone|mobile|\btel\b|#|邀请码|推荐码|优惠码|错误码|错误代码|邮编|订单号|订单|单号|编号|用户|账号|金额|手机|电话)|(?<code>\b2fa\b|two[- ]?factor|2[- ]?step|two[- ]?step|\botp\b|\btotp\b|authenticator|google|verification|\bverify|\bcodes?\b|\bsms\b|验证码|谷歌|动态码|短信码|校验码|安全码|双重验证|二次验证|验证器|身份验证)/gi;
const SIX_DIGITS = /^\d{6}$|^\d{3}[ -]\d{3}$/;
const CURRENCY_AFTER = /^\s*(?:usdt|usdc|usd|btc|eth|bnb|trx|sol|xrp|doge|cny|rmb|eur|gbp|sats?|coins?|tokens?|dollars?|u\b|元|块|美元|人民币|个|枚|%)/i;
const CURRENCY_BEFORE = /[$¥￥€£]\s*$/;

export function findOneTimeCodes(text: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  for (const match of text.matchAll(/\d{3}[ -]\d{3}(?!\d)|\d+/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!SIX_DIGITS.test(match[0]) || isPartOfLargerToken(text, start, end) || isAmount(text, start, end)) continue;
    if (nearestNumberLabel(text, start, end) === 'code') findings.push({ kind: 'one-time-code', start, end });
  }
  return findings;
}

/** Digits glued to letters or digits ("A123456", "123456abc"), or to more digits through a separator ("0.123456", "12 345 678"). */
function isPartOfLargerToken(text: string, start: number, end: number): boolean {
  const isGlued = (character: string | undefined) => character !== undefined && /[A-Za-z0-9_]/.test(character);
  const isDigit = (character: string | undefined) => character !== undefined && /\d/.test(character);
  if (isGlued(text[start - 1]) || isGlued(text[end])) return true;
  const separatorBefore = /[.,:/ -]/.test(text[start - 1] ?? '');
  const separatorAfter = /[.,:/-]/.test(text[end] ?? '');
  return (separatorBefore && isDigit(text[start - 2])) || (separatorAfter && isDigit(text[end + 1]));
}

function isAmount(text: string, start: number, end: number): boolean {
  return CURRENCY_AFTER.test(text.slice(end, end + 12)) || CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 3), start));
}

function nearestNumberLabel(text: string, start: number, end: number): 'code' | 'other' | undefined {
  const before = text.slice(Math.max(0, start - CODE_LABEL_WINDOW_BEFORE), start);
  const after = text.slice(end, end + CODE_LABEL_WINDOW_AFTER);
  const labelBefore = lastMatch(before, CODE_LABEL);
  const labelAfter = after.matchAll(CODE_LABEL).next().value;
  const distanceBefore = labelBefore ? before.length - (labelBefore.index + labelBefore[0].length) : Infinity;
  const distanceAfter = labelAfter ? labelAfter.index : Infinity;
  const nearest = distanceBefore <= distanceAfter ? labelBefore : labelAfter;
  if (!nearest?.groups) return undefined;
  return nearest.groups.code !== undefined ? 'code' : 'other';
}
