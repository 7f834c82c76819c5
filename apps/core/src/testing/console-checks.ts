import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { expect } from 'vitest'

/**
 * What every helpdesk's console must show of the analytics samples (`ANALYTICS`, `GAPS`): the figures, the
 * decisions chart with its table, the sentiment table and the mixes, in English.
 */
export const checkAnalyticsShown = async (section: HTMLElement): Promise<void> => {
  expect(await within(section).findByText('50%')).toBeInTheDocument()
  expect(within(section).getByText('75%')).toBeInTheDocument()
  const chart = within(section).getByRole('img', { name: /Decisions per day/ })
  expect(chart.querySelectorAll('rect').length).toBe(6)
  const table = within(section).getByRole('table', { name: /Decisions per day/ })
  const rows = within(table).getAllByRole('row').slice(1)
  expect(rows.map((row) => row.textContent)).toEqual(['2026-12-013201', '2026-12-021010'])
  expect(within(section).getByRole('table', { name: /sentiment per day/ })).toBeInTheDocument()
  const reasons = within(section).getByRole('table', { name: 'Escalation and skip reasons' })
  expect(
    within(reasons).getByText('No knowledge-base article answers it with enough confidence'),
  ).toBeInTheDocument()
  expect(within(section).getByRole('table', { name: 'Language mix' })).toHaveTextContent('French')
  expect(within(section).getByRole('table', { name: 'Channel mix' })).toHaveTextContent('Email4100%')
  expect(within(section).getByRole('table', { name: 'Articles cited' })).toHaveTextContent(
    'Reset your password',
  )
  const csat = within(section).getByRole('table', { name: /Satisfaction ratings from the helpdesk/ })
  expect(
    within(csat)
      .getAllByRole('row')
      .map((row) => row.textContent),
  ).toEqual(['Answered byGoodBadSatisfied', 'Deskmate (automatic reply)4180%', 'Agents3260%'])
  expect(within(section).getByText(/Ratings read from the helpdesk at/)).toBeInTheDocument()
}

/** The candidate (`CANDIDATE`) beside the built-in model, per category and overall, in English. */
export const checkTrainingComparison = async (section: HTMLElement): Promise<void> => {
  const table = await within(section).findByRole('table', { name: /Accuracy per category/ })
  const rows = within(table).getAllByRole('row').slice(1)
  expect(rows.map((row) => row.textContent)).toEqual([
    'Billing2560%92%',
    'Shipping and returns1547%87%',
    'All categories4055%90%',
  ])
}

/** The first page of the 30 sample articles (`KNOWLEDGE_ARTICLES`), then the second reached by keyboard. */
export const checkArticlePages = async (user: UserEvent): Promise<void> => {
  const list = await screen.findByRole('table', { name: 'Indexed articles' })
  expect(within(list).getAllByRole('row')).toHaveLength(26)
  expect(within(list).getByRole('link', { name: /Article 01/ })).toHaveAttribute(
    'href',
    'https://acme.zendesk.com/hc/articles/1',
  )
  const pages = screen.getByRole('navigation', { name: 'Pages of indexed articles' })
  expect(within(pages).getByText('Articles 1–25 of 30')).toBeInTheDocument()
  expect(within(pages).getByRole('button', { name: 'Previous page' })).toBeDisabled()
  within(pages).getByRole('button', { name: 'Next page' }).focus()
  await user.keyboard('{Enter}')
  expect(await within(pages).findByText('Articles 26–30 of 30')).toBeInTheDocument()
  expect(within(pages).getByRole('button', { name: 'Next page' })).toBeDisabled()
}

/** The failed sync of `FAILED_SYNC`: status, last run, last success, error and the counts per language. */
export const checkSyncSummary = async (section: HTMLElement): Promise<void> => {
  expect(await within(section).findByText('The last sync failed.')).toBeInTheDocument()
  expect(within(section).getByText(/^Last run: /)).toBeInTheDocument()
  expect(within(section).getByText(/12 articles and 30 example questions written/)).toBeInTheDocument()
  expect(within(section).getByText('Error: helpdesk_unavailable: Zendesk answered 503')).toBeInTheDocument()
  const languages = within(section).getByRole('table', { name: 'Indexed per language' })
  const rows = within(languages).getAllByRole('row').slice(1)
  expect(rows.map((row) => row.textContent)).toEqual(['English2025', 'French105'])
}

/** With a candidate waiting: nothing changes until "Adopt"; adopting puts the tenant's model in use. */
export const checkAdoption = async (section: HTMLElement, user: UserEvent): Promise<void> => {
  expect(within(section).getByText('Category model in use: the built-in model')).toBeInTheDocument()
  await user.click(within(section).getByRole('button', { name: 'Adopt the new model' }))
  expect(
    await within(section).findByText(/Category model in use: your model, learned from 40/),
  ).toBeInTheDocument()
  expect(within(section).queryByRole('table')).toBeNull()
}
