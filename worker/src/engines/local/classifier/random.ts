/** Shuffles in place (Fisher–Yates) with the given random source, so each training pass visits a new order. */
export const shuffle = (order: Int32Array, random: () => number): void => {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const swap = order[i] as number
    order[i] = order[j] as number
    order[j] = swap
  }
}
