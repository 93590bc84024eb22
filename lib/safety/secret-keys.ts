/** Private keys: hex, WIF and extended keys (see ./secrets.ts). */
import { lastMatch, type SecretFinding } from './secret-finding';

const BASE58 = '1-9A-HJ-NP-Za-km-z';
const HEX_PRIVATE_KEY = /^(?:0[xX])?[0-9a-fA-F]{64}$/;
/** Uncompressed WIF: 51 characters from "5"; compressed: 52 from "K" or "L". */
const WIF_PRIVATE_KEY = new RegExp(`^(?:5[${BASE58}]{50}|[KL][${BASE58}]{51})$`);
/**
 * BIP-32 extended private keys (xprv, and the yprv/zprv/tprv/uprv/vprv/Yprv/Zprv variants) are 111
 * characters; one copied with a few characters lost or doubled is still a key.
 */
const EXTENDED_PRIVATE_KEY = new RegExp(`^[xyztuvYZ]prv[${BASE58}]{100,110}$`);

/**
 * A 64-hex string is a private key or a transaction hash, and nothing in the string says which. The
 * nearest label in the 30 characters before it decides: a transaction label ("TxID", "hash", "/tx/" of
 * an explorer link, "交易哈希", a signature) or an address label (0x + 64 hex is an Aptos or Sui
 * address) clears it, a key label ("private key", "私钥") keeps it. Without a label it is flagged: a
 * transaction id belongs in the form's TxID field, and a key pasted into a description is the costlier
 * mistake. A label after the hex ("… is my txid") is not read.
 */
const HEX_LABEL_WINDOW = 30;
const HEX_LABEL =
  /(?<transaction>tx ?id|tx ?hash|\btxn?\b|transaction|hash|signature|hmac|交易哈希|哈希|交易|区块|签名)|(?<address>address|\baddr\b|地址)|(?<key>private ?key|priv ?key|\bkey\b|secret|seed|私钥|密钥|秘钥|\bwif\b)/gi;

export function findPrivateKeys(text: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  for (const match of text.matchAll(/[0-9A-Za-z]+/g)) {
    const token = match[0];
    const start = match.index;
    const isKey =
      WIF_PRIVATE_KEY.test(token) ||
      EXTENDED_PRIVATE_KEY.test(token) ||
      (HEX_PRIVATE_KEY.test(token) && !isLabelledAsPublicHex(text, start));
    if (isKey) findings.push({ kind: 'private-key', start, end: start + token.length });
  }
  return findings;
}

function isLabelledAsPublicHex(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - HEX_LABEL_WINDOW), start);
  const nearest = lastMatch(before, HEX_LABEL);
  return nearest?.groups?.transaction !== undefined || nearest?.groups?.address !== undefined;
}
