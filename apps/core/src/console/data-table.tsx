import type { ReactNode } from 'react'

/** One row of a DataTable: its key, its header cell (the first column) and the other cells. */
export type DataRow = { key: string; header: ReactNode; cells: readonly ReactNode[] }

/** Props of DataTable: a caption or the id of what names it, the column headings, the rows and a footer row. */
export type DataTableProps = {
  className?: string | undefined
  caption?: string
  labelledBy?: string
  columns: readonly string[]
  rows: readonly DataRow[]
  footer?: DataRow
  /** False when the first column does not name its row (a log's time): it is then an ordinary cell. */
  rowHeaders?: boolean
}

const Row = ({ row, isHeaded = true }: { row: DataRow; isHeaded?: boolean | undefined }) => (
  <tr>
    {isHeaded ? <th scope="row">{row.header}</th> : <td>{row.header}</td>}
    {row.cells.map((cell, i) => (
      <td key={i}>{cell}</td>
    ))}
  </tr>
)

/** A semantic data table (column and row headers) that each helpdesk's console styles through `className`. */
export const DataTable = ({
  className,
  caption,
  labelledBy,
  columns,
  rows,
  footer,
  rowHeaders,
}: DataTableProps) => (
  <table className={className} aria-labelledby={labelledBy}>
    {caption ? <caption>{caption}</caption> : null}
    <thead>
      <tr>
        {columns.map((column) => (
          <th scope="col" key={column}>
            {column}
          </th>
        ))}
      </tr>
    </thead>
    <tbody>
      {rows.map((row) => (
        <Row key={row.key} row={row} isHeaded={rowHeaders} />
      ))}
    </tbody>
    {footer ? (
      <tfoot>
        <Row row={footer} />
      </tfoot>
    ) : null}
  </table>
)
