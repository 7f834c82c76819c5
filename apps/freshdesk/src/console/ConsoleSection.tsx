import { useId, type ReactNode } from 'react'

/** Props of ConsoleSection. */
export type ConsoleSectionProps = {
  title: string
  isBusy?: boolean
  /** The heading's id, when a table or list inside is named by it too. */
  headingId?: string
  children: ReactNode
}

/** A console section: a region named by its heading, `aria-busy` while it loads. */
export const ConsoleSection = ({ title, isBusy = false, headingId, children }: ConsoleSectionProps) => {
  const ownId = useId()
  const id = headingId ?? ownId
  return (
    <section className="fd-console-section" aria-labelledby={id} aria-busy={isBusy}>
      <h2 id={id} className="fw-type-h4">
        {title}
      </h2>
      {children}
    </section>
  )
}

/** A sub-heading inside a section (its id names a table or list when given). */
export const SubHeading = ({ id, children }: { id?: string; children: ReactNode }) => (
  <h3 id={id} className="fw-type-h6">
    {children}
  </h3>
)
