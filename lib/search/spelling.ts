/**
 * "Did you mean": the closest word of the index's own vocabulary, allowing one edit in short words
 * and two in longer ones. Transposed letters count as one edit (passwrod -> password).
 */
export function closestWord(word: string, vocabulary: readonly string[]): string | null {
  if (word.length < 4) return null;
  const allowed = word.length <= 5 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = allowed + 1;
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.length - word.length) > allowed) continue;
    const distance = optimalStringAlignment(word, candidate, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Edit distance with adjacent transpositions; stops early once every path exceeds `ceiling`. */
export function optimalStringAlignment(a: string, b: string, ceiling = Infinity): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= ceiling) return ceiling;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
