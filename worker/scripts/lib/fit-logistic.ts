/** A fitted logistic model on the features' own scale. */
export type LogisticFit = { bias: number; weights: number[] }

/** Solves A x = b for a small symmetric positive-definite A (Gaussian elimination with partial pivoting). */
const solve = (a: number[][], b: number[]): number[] => {
  const n = b.length
  const m = a.map((row, i) => [...row, b[i] as number])
  for (let col = 0; col < n; col++) {
    let pivot = col
    for (let row = col + 1; row < n; row++)
      if (Math.abs(m[row]![col]!) > Math.abs(m[pivot]![col]!)) pivot = row
    ;[m[col], m[pivot]] = [m[pivot]!, m[col]!]
    for (let row = col + 1; row < n; row++) {
      const factor = m[row]![col]! / m[col]![col]!
      for (let k = col; k <= n; k++) m[row]![k]! -= factor * m[col]![k]!
    }
  }
  const x = new Array<number>(n).fill(0)
  for (let row = n - 1; row >= 0; row--) {
    let sum = m[row]![n]!
    for (let k = row + 1; k < n; k++) sum -= m[row]![k]! * x[k]!
    x[row] = sum / m[row]![row]!
  }
  return x
}

/**
 * Maximum-likelihood logistic regression by Newton's method with a small L2 penalty on standardized features
 * (the bias is not penalized); returns the coefficients on the features' own scale.
 */
export const fitLogistic = (rows: number[][], labels: number[], l2 = 1e-3): LogisticFit => {
  const n = rows.length
  const k = rows[0]?.length ?? 0
  const mean = Array.from({ length: k }, (_, j) => rows.reduce((sum, row) => sum + row[j]!, 0) / n)
  const sd = mean.map((mu, j) => Math.sqrt(rows.reduce((sum, row) => sum + (row[j]! - mu) ** 2, 0) / n) || 1)
  const x = rows.map((row) => [1, ...row.map((value, j) => (value - mean[j]!) / sd[j]!)])
  let beta = new Array<number>(k + 1).fill(0)
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = new Array<number>(k + 1).fill(0)
    const hessian = Array.from({ length: k + 1 }, () => new Array<number>(k + 1).fill(0))
    x.forEach((xi, i) => {
      const p = 1 / (1 + Math.exp(-xi.reduce((sum, value, j) => sum + value * beta[j]!, 0)))
      const w = p * (1 - p)
      for (let a = 0; a <= k; a++) {
        gradient[a]! += (p - labels[i]!) * xi[a]!
        for (let b = 0; b <= k; b++) hessian[a]![b]! += w * xi[a]! * xi[b]!
      }
    })
    for (let a = 1; a <= k; a++) {
      gradient[a]! += l2 * n * beta[a]!
      hessian[a]![a]! += l2 * n
    }
    const step = solve(hessian, gradient)
    beta = beta.map((value, j) => value - step[j]!)
    if (Math.max(...step.map(Math.abs)) < 1e-9) break
  }
  const weights = beta.slice(1).map((value, j) => value / sd[j]!)
  const bias = beta[0]! - weights.reduce((sum, w, j) => sum + w * mean[j]!, 0)
  return { bias, weights }
}
