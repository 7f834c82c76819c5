import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'

/** Reads an RFC 4180 CSV file with a header row into records. */
export const readCsv = (file: string): Record<string, string>[] =>
  parse(readFileSync(file, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    bom: true,
    relax_column_count: true,
  })

/** Reads a TSV file with a header row (no quoting: the text is the rest of the line). */
export const readTsv = (file: string): Record<string, string>[] => {
  const [header, ...lines] = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.length > 0)
  const columns = (header ?? '').split('\t')
  return lines.map((line) => {
    const cells = line.split('\t')
    const record: Record<string, string> = {}
    columns.forEach((column, i) => {
      record[column] = i === columns.length - 1 ? cells.slice(i).join('\t') : (cells[i] ?? '')
    })
    return record
  })
}
