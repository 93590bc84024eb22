/**
 * The shapes a transaction id takes on the common chains, so the form can say "that is not a TxID"
 * before a request goes out with an address or an order number in its place.
 */
export type TxidShape = 'evm' | 'hex' | 'base58';

const SHAPES: readonly [TxidShape, RegExp][] = [
  // Ethereum and every EVM chain (BNB Smart Chain, Polygon, Arbitrum, Optimism, Base, Avalanche C-Chain).
  ['evm', /^0x[0-9a-fA-F]{64}$/],
  // Bitcoin, Litecoin, Dogecoin, Bitcoin Cash, Tron, XRP, Cardano, Cosmos chains, Stellar: 32 bytes in hex.
  ['hex', /^[0-9a-fA-F]{64}$/],
  // Solana signatures (87-88 characters) and NEAR hashes (43-44): base58, without 0, O, I and l.
  ['base58', /^(?:[1-9A-HJ-NP-Za-km-z]{43,44}|[1-9A-HJ-NP-Za-km-z]{87,88})$/],
];

/** The shape `value` has, or null when it looks like none (an address, an order id, a URL). */
export function txidShape(value: string): TxidShape | null {
  for (const [shape, pattern] of SHAPES) if (pattern.test(value)) return shape;
  return null;
}

/**
 * A TxID as people paste it: from an explorer link (`https://etherscan.io/tx/0x…`) keep the id, and
 * drop the spaces a line break in a chat window leaves.
 */
export function normalizeTxid(value: string): string {
  const joined = value.replace(/\s+/g, '');
  const fromLink = /\/(?:tx|txs|txns|transaction)\/([0-9A-Za-z]+)\/?(?:[?#].*)?$/.exec(joined);
  return fromLink ? fromLink[1]! : joined;
}
