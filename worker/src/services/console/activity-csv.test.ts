import { describe, expect, it } from 'vitest'
import { csvCell } from './activity-csv.ts'

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("https://evil.example")', `"'=HYPERLINK(""https://evil.example"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['a, b', '"a, b"'],
    ['line\nbreak', '"line\nbreak"'],
    ['plain', 'plain'],
    [42, '42'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected)
  })
})
