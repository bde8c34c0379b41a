// Shares with their sample size and a 95 % Wilson score interval. Wilson rather than the normal
// approximation because newsroom samples are small and shares of women are often near 0 or 1.

export interface Share {
  numerator: number
  denominator: number
  /** numerator / denominator; null when the denominator is 0 (nothing to divide). */
  value: number | null
  /** 95 % Wilson interval; null when the denominator is 0 or the share has no sampling model. */
  low: number | null
  high: number | null
}

/** z for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054

export function wilson(numerator: number, denominator: number, z: number = Z95): Share {
  if (!(denominator > 0) || !Number.isFinite(denominator)) {
    return { numerator, denominator: 0, value: null, low: null, high: null }
  }
  const n = denominator
  const x = Math.min(Math.max(numerator, 0), n)
  const p = x / n
  const z2 = z * z
  const centre = p + z2 / (2 * n)
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))
  const scale = 1 + z2 / n
  const low = Math.max(0, (centre - spread) / scale)
  const high = Math.min(1, (centre + spread) / scale)
  return { numerator: x, denominator: n, value: p, low: x === 0 ? 0 : low, high: x === n ? 1 : high }
}

/** A ratio with no sampling model (e.g. seconds of speech): value only, no interval. */
export function ratio(numerator: number, denominator: number): Share {
  if (!(denominator > 0)) return { numerator, denominator: 0, value: null, low: null, high: null }
  return { numerator, denominator, value: numerator / denominator, low: null, high: null }
}
