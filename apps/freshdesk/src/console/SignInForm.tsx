import { useState } from 'react'
import { signInErrorKey, useI18n, type AdminSignInState } from '@deskmate/app-core'
import { Button } from '../components/Button.tsx'
import { TextField } from './ConsoleFields.tsx'

/**
 * Asks the admin for their own Freshdesk API key; the Worker asks Freshdesk whose key it is and opens a
 * session only for an administrator. The key leaves the field's state once the session arrives.
 */
export const SignInForm = ({ state }: { state: AdminSignInState }) => {
  const { t } = useI18n()
  const [apiKey, setApiKey] = useState('')
  return (
    <section className="fd-console-section" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{t('console.signIn.title')}</h2>
      {state.isExpired ? <p className="fd-notice fd-notice--warning">{t('console.signIn.expired')}</p> : null}
      <form
        className="fd-console-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void state.signIn(apiKey)
        }}
      >
        <TextField
          label={t('console.signIn.keyLabel')}
          hint={t('console.signIn.keyHint')}
          type="password"
          autoComplete="off"
          value={apiKey}
          onChange={setApiKey}
        />
        {state.error ? (
          <p className="fd-notice fd-notice--error" role="alert">
            {t(signInErrorKey(state.error))}
          </p>
        ) : null}
        <div>
          <Button type="submit" variant="primary" disabled={state.status === 'signing-in'}>
            {state.status === 'signing-in' ? t('console.signIn.signingIn') : t('console.signIn.submit')}
          </Button>
        </div>
      </form>
    </section>
  )
}
