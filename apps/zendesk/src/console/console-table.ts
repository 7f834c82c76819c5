import styled, { css } from 'styled-components'
import { DataTable } from '@deskmate/app-core'

/** A compact data table's look (headers left-aligned, rows ruled). */
export const tableStyles = css`
  width: 100%;
  border-collapse: collapse;
  font-size: ${(p) => p.theme.fontSizes.sm};
  caption {
    text-align: left;
    font-weight: ${(p) => p.theme.fontWeights.semibold};
    padding: ${(p) => p.theme.space.xs} 0;
  }
  th,
  td {
    padding: ${(p) => p.theme.space.xs};
    border-bottom: 1px solid #d8dcde;
    text-align: left;
    vertical-align: top;
  }
`

/** A compact data table for the console's lists. */
export const Table = styled.table`
  ${tableStyles}
`

/** The console's shared DataTable in Garden's look. */
export const DataTableView = styled(DataTable)`
  ${tableStyles}
`

/** A chart's look: its legend in a row, its table of numbers shown only to screen readers. */
export const chartStyles = css`
  ul {
    display: flex;
    gap: ${(p) => p.theme.space.md};
    list-style: none;
    padding: 0;
    margin: 0;
    font-size: ${(p) => p.theme.fontSizes.sm};
  }
  table {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`
