import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { toBusinessHours, toHoursForm, validateHoursForm, type HoursForm } from '@deskmate/app-core'
import { renderConsole } from '../testing/render-console.tsx'
import { BusinessHoursFields } from './BusinessHoursFields.tsx'

const OPEN: HoursForm = {
  ...toHoursForm({
    days: [1, 2, 3, 4, 5],
    start: '09:00',
    end: '17:00',
    timeZone: 'Europe/Berlin',
    holidays: [],
  }),
}

/** The fields over a form that validates as the console's Save does, showing what it would store. */
const Harness = () => {
  const [form, setForm] = useState(OPEN)
  const errors = validateHoursForm(form)
  const stored = Object.keys(errors).length === 0 ? toBusinessHours(form) : null
  return (
    <>
      <BusinessHoursFields form={form} errors={errors} edit={(change) => setForm({ ...form, ...change })} />
      <output aria-label="stored">{JSON.stringify(stored?.holidays ?? null)}</output>
    </>
  )
}

describe('the Freshdesk console’s business hours', () => {
  it('edits the holidays, refusing a day that is not a date and one typed twice', async () => {
    const user = userEvent.setup()
    renderConsole(<Harness />)
    const holidays = screen.getByRole('textbox', { name: 'Holidays' })
    expect(holidays).toHaveAccessibleDescription(/Days on which the SLA clock does not run/)
    await user.type(holidays, '2026-12-25, 2026-13-01')
    expect(holidays).toHaveAttribute('aria-invalid', 'true')
    expect(holidays).toHaveAccessibleDescription(/Enter each holiday as a date YYYY-MM-DD/)
    await user.clear(holidays)
    await user.type(holidays, '2027-01-01, 2026-12-25, 2027-01-01')
    expect(holidays).toHaveAccessibleDescription(/Enter each holiday once\./)
    await user.clear(holidays)
    await user.type(holidays, '2027-01-01, 2026-12-25')
    expect(holidays).not.toHaveAttribute('aria-invalid')
    expect(screen.getByRole('status', { name: 'stored' })).toHaveTextContent('["2026-12-25","2027-01-01"]')
  })
})
