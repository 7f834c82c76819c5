/**
 * A number in the UI language, with at most `fractionDigits` decimals.
 * @example formatNumber(1234.5, 'de', 1) // '1.234,5'
 */
export const formatNumber = (value: number, language: string, fractionDigits = 0): string =>
  new Intl.NumberFormat(language, { maximumFractionDigits: fractionDigits }).format(value)

/**
 * An amount of US dollars in the UI language.
 * @example formatUsd(0.5, 'en') // '$0.50'
 */
export const formatUsd = (value: number, language: string): string =>
  new Intl.NumberFormat(language, { style: 'currency', currency: 'USD', maximumFractionDigits: 2 }).format(
    value,
  )
