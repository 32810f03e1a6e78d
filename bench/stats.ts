/** The q-th quantile (0..1) of some numbers, nearest rank. quantile([3, 1, 2], 0.5) → 2 */
export function quantile(values: readonly number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const round = (n: number, digits = 2) => +n.toFixed(digits);

/** The median and the 95th percentile, to a tenth: percentiles([1, 2, 3]) → { p50: 2, p95: 3 } */
export function percentiles(values: readonly number[]): { p50: number; p95: number } {
  return { p50: round(quantile(values, 0.5), 1), p95: round(quantile(values, 0.95), 1) };
}

/** How long an operation takes, in milliseconds. */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}
