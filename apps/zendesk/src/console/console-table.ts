import styled from 'styled-components'

/** A compact data table for the console's lists (headers left-aligned, rows ruled). */
export const Table = styled.table`
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
