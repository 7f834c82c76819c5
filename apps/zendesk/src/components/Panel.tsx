import { useId, type ReactNode } from 'react'
import styled from 'styled-components'
import { getColor } from '@zendeskgarden/react-theming'
import { MD, SM } from '@zendeskgarden/react-typography'
import { useI18n } from '@deskmate/app-core'

const Section = styled.section`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xs};
  padding-top: ${(p) => p.theme.space.sm};
  border-top: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
`

const Header = styled.div`
  display: flex;
  align-items: baseline;
  justify-content: space-between;
  gap: ${(p) => p.theme.space.xs};
`

/** Props of Panel. */
export type PanelProps = { title: string; isBusy?: boolean; isRefreshing?: boolean; children: ReactNode }

/** A titled sidebar section; `aria-busy` while it loads or refreshes. */
export const Panel = ({ title, isBusy = false, isRefreshing = false, children }: PanelProps) => {
  const headingId = useId()
  const { t } = useI18n()
  return (
    <Section aria-labelledby={headingId} aria-busy={isBusy || isRefreshing}>
      <Header>
        <MD tag="h2" id={headingId} isBold>
          {title}
        </MD>
        {isRefreshing && <SM>{t('common.refreshing')}</SM>}
      </Header>
      {children}
    </Section>
  )
}
