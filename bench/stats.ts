// Summary statistics for repeated measurements: medians and spreads, never means, because a
// shared 2-core machine produces long-tailed timings where one stall would drag a mean.

export interface Summary {
  median: number;
  min: number;
  max: number;
  p25: number;
  p75: number;
  count: number;
}

/** Returns the q-quantile (0..1) of values, interpolating linearly between order statistics. */
export function getPercentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * Math.min(Math.max(q, 0), 1);
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[above] ?? Number.NaN;
  return low + (high - low) * (position - below);
}

export const getMedian = (values: readonly number[]) => getPercentile(values, 0.5);

/** Summarises a list of measurements (one per repetition, usually). */
export function summarise(values: readonly number[]): Summary {
  return {
    median: getMedian(values),
    min: values.length ? Math.min(...values) : Number.NaN,
    max: values.length ? Math.max(...values) : Number.NaN,
    p25: getPercentile(values, 0.25),
    p75: getPercentile(values, 0.75),
    count: values.length,
  };
}

/** Pairs two equally long series element by element (runs of the same repetition). */
export function subtractPaired(a: readonly number[], b: readonly number[]): number[] {
  return a.map((value, index) => value - (b[index] ?? Number.NaN));
}

export interface LineFit {
  /** Growth per step (least squares). */
  slope: number;
  /** Standard error of the slope: NaN with fewer than 3 points. */
  standardError: number;
}

/** Fits values against their index (0, 1, 2, …) by least squares. */
export function fitLine(values: readonly number[]): LineFit {
  const n = values.length;
  if (n < 2) return { slope: 0, standardError: Number.NaN };
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((sum, value) => sum + value, 0) / n;
  let sxy = 0;
  let sxx = 0;
  values.forEach((value, index) => {
    sxy += (index - meanX) * (value - meanY);
    sxx += (index - meanX) ** 2;
  });
  const slope = sxy / sxx;
  const residuals = values.reduce((sum, value, index) => sum + (value - meanY - slope * (index - meanX)) ** 2, 0);
  const standardError = n > 2 ? Math.sqrt(residuals / (n - 2) / sxx) : Number.NaN;
  return { slope, standardError };
}
