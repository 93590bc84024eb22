/**
 * "Did you mean": the closest word of the index's own vocabulary, allowing one edit in short words
 * and two in longer ones. Transposed letters count as one edit (passwrod -> password).
 */
export function closestWord(word: string, vocabulary: readonly string[]): string | null {
  if (word.length < 4) return null;
  // Most typos are one edit: look for those first, which lets every comparison stop after a row or two.
  for (let edits = 1; edits <= (word.length <= 5 ? 1 : 2); edits++) {
    for (const candidate of vocabulary) {
      if (Math.abs(candidate.length - word.length) > edits) continue;
      if (optimalStringAlignment(word, candidate, edits + 1) <= edits) return candidate;
    }
  }
  return null;
}

/**
 * Edit distance with adjacent transpositions; stops early once every path reaches `ceiling`. Three
 * rows of numbers are reused, since this runs for every word of the vocabulary.
 */
export function optimalStringAlignment(a: string, b: string, ceiling = Infinity): number {
  const width = b.length + 1;
  let beforePrevious = new Uint16Array(width);
  let previous = new Uint16Array(width);
  let current = new Uint16Array(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) value = Math.min(value, beforePrevious[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= ceiling) return ceiling;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length]!;
}
