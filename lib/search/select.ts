/**
 * The `k`-th largest of the first `count` values that are at least `floor`, by quickselect (Hoare):
 * linear on average, where sorting thousands of candidates on every keystroke would not be.
 * `pool` is scratch space of at least `count` entries. Returns `floor` when fewer than `k` qualify.
 */
export function kthLargest(values: Float64Array, count: number, floor: number, k: number, pool: Float64Array): number {
  let size = 0;
  for (let i = 0; i < count; i++) if (values[i]! >= floor) pool[size++] = values[i]!;
  if (k < 1 || size < k) return floor;
  // Descending order: everything left of the target is at least as large.
  const target = k - 1;
  let low = 0;
  let high = size - 1;
  while (low < high) {
    const pivot = pool[(low + high) >>> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (pool[i]! > pivot) i++;
      while (pool[j]! < pivot) j--;
      if (i <= j) {
        const swap = pool[i]!;
        pool[i] = pool[j]!;
        pool[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else break;
  }
  return pool[target]!;
}
