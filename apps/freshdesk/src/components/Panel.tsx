import { useId, type ReactNode } from 'react'
import { useI18n } from '@deskmate/app-core'

/** Props of Panel. */
export type PanelProps = { title: string; isBusy?: boolean; isRefreshing?: boolean; children: ReactNode }

/** A titled sidebar section; `aria-busy` while it loads or refreshes. */
export const Panel = ({ title, isBusy = false, isRefreshing = false, children }: PanelProps) => {
  const headingId = useId()
  const { t } = useI18n()
  return (
    <section className="fd-panel" aria-labelledby={headingId} aria-busy={isBusy || isRefreshing}>
      <div className="fd-panel__header">
        <h2 id={headingId} className="fw-type-h6">
          {title}
        </h2>
        {isRefreshing && <span className="fd-muted">{t('common.refreshing')}</span>}
      </div>
      {children}
    </section>
  )
}
