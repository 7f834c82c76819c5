/** Accuracy and macro-F1 over the labels that occur in truth or predictions. */
export const scoreLabels = (truth: string[], predicted: string[]): { accuracy: number; macroF1: number } => {
  const labels = [...new Set([...truth, ...predicted])]
  let correct = 0
  const tp = new Map<string, number>()
  const fp = new Map<string, number>()
  const fn = new Map<string, number>()
  truth.forEach((label, i) => {
    const guess = predicted[i] as string
    if (guess === label) {
      correct++
      tp.set(label, (tp.get(label) ?? 0) + 1)
    } else {
      fp.set(guess, (fp.get(guess) ?? 0) + 1)
      fn.set(label, (fn.get(label) ?? 0) + 1)
    }
  })
  const f1s = labels
    .filter((label) => truth.includes(label))
    .map((label) => {
      const t = tp.get(label) ?? 0
      const denominator = 2 * t + (fp.get(label) ?? 0) + (fn.get(label) ?? 0)
      return denominator === 0 ? 0 : (2 * t) / denominator
    })
  return {
    accuracy: truth.length === 0 ? 0 : correct / truth.length,
    macroF1: f1s.length === 0 ? 0 : f1s.reduce((a, b) => a + b, 0) / f1s.length,
  }
}

/** Rounds a figure for printing. */
export const round = (value: number, digits = 4): number => Number(value.toFixed(digits))
