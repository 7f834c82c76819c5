import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { I18nProvider, useI18n } from './i18n-context.tsx'

const Probe = () => {
  const { t, language, setLanguage } = useI18n()
  return (
    <p>
      <span data-testid="text">{t('common.retry')}</span> <span data-testid="language">{language}</span>
      <button onClick={() => setLanguage('fr')}>fr</button>
    </p>
  )
}

describe('I18nProvider', () => {
  it('renders English at once', () => {
    render(
      <I18nProvider locale="en-US">
        <Probe />
      </I18nProvider>,
    )
    expect(screen.getByTestId('text')).toHaveTextContent('Retry')
  })

  it('renders nothing until the agent language has loaded, then renders in it', async () => {
    const { container } = render(
      <I18nProvider locale="de-AT">
        <Probe />
      </I18nProvider>,
    )
    expect(container).toBeEmptyDOMElement()
    expect(await screen.findByText('Erneut versuchen')).toBeInTheDocument()
    expect(screen.getByTestId('language')).toHaveTextContent('de')
  })

  it('switches to another language once its translations arrive', async () => {
    render(
      <I18nProvider locale="de">
        <Probe />
      </I18nProvider>,
    )
    await userEvent.click(await screen.findByRole('button', { name: 'fr' }))
    expect(await screen.findByText('Réessayer')).toBeInTheDocument()
    expect(screen.getByTestId('language')).toHaveTextContent('fr')
  })
})
