/**
 * Keyboard neighbours, for typo-squats that a slipping finger would produce (dnstwist's
 * "replacement" and "insertion"). Like dnstwist we accept QWERTY, QWERTZ and AZERTY.
 */

const LAYOUTS: readonly (readonly string[])[] = [
  ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
  ['1234567890', 'qwertzuiop', 'asdfghjkl', 'yxcvbnm'],
  ['1234567890', 'azertyuiop', 'qsdfghjklm', 'wxcvbn'],
];

/**
 * Each row sits half a key to the right of the one above, so a key touches the keys at the
 * same index and one to the right in the row above, and one to the left and the same index
 * in the row below.
 */
function neighboursIn(rows: readonly string[], key: string): string[] {
  const found: string[] = [];
  rows.forEach((row, r) => {
    const c = row.indexOf(key);
    if (c < 0) return;
    const at = (rowIndex: number, column: number) => rows[rowIndex]?.[column];
    for (const neighbour of [at(r, c - 1), at(r, c + 1), at(r - 1, c), at(r - 1, c + 1), at(r + 1, c - 1), at(r + 1, c)]) {
      if (neighbour) found.push(neighbour);
    }
  });
  return found;
}

const NEIGHBOURS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  for (const rows of LAYOUTS) {
    for (const key of rows.join('')) {
      const set = map.get(key) ?? new Set<string>();
      for (const neighbour of neighboursIn(rows, key)) set.add(neighbour);
      map.set(key, set);
    }
  }
  return map;
})();

export function areKeyboardNeighbours(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return NEIGHBOURS.get(a)?.has(b) ?? false;
}
