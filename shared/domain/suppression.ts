/** A published count, or hidden because it is small enough to point at a person. */
export type Cell = { count: number; suppressed: false } | { count: null; suppressed: true };

/**
 * Small-cell suppression of one column of counts that is published with its total: every count from 1 up to
 * `below − 1` is hidden (primary); if that hides exactly one, the smallest shown count is hidden too (secondary),
 * so the hidden one cannot be found by subtracting the others from the total. Zeros are shown: they point at no one.
 */
export function suppress(counts: readonly number[], below: number): Cell[] {
  const hidden = new Set(counts.flatMap((n, i) => (n > 0 && n < below ? [i] : [])));
  if (hidden.size === 1) {
    const next = counts
      .map((n, i) => ({ n, i }))
      .filter(({ n, i }) => n > 0 && !hidden.has(i))
      .sort((a, b) => a.n - b.n)[0];
    if (next) hidden.add(next.i);
  }
  return counts.map((count, i) =>
    hidden.has(i) ? { count: null, suppressed: true } : { count, suppressed: false },
  );
}
