import { I18nProvider, useAdminSignIn, useI18n, type InvokeTemplate } from '@deskmate/app-core'
import { LanguageSwitcher } from '../components/LanguageSwitcher.tsx'
import { ConsoleSections } from './ConsoleSections.tsx'
import { SignInForm } from './SignInForm.tsx'

const Console = ({ invoke }: { invoke: InvokeTemplate }) => {
  const { t } = useI18n()
  const signIn = useAdminSignIn(invoke)
  return (
    <main className="fd-console">
      <header className="fd-console__header">
        <h1>{t('console.title')}</h1>
        <LanguageSwitcher />
      </header>
      {signIn.session ? (
        <ConsoleSections invoke={invoke} session={signIn.session} />
      ) : (
        <SignInForm state={signIn} />
      )}
    </main>
  )
}

/** Props of ConsoleApp: how to invoke the app's request templates, and the admin's helpdesk locale. */
export type ConsoleAppProps = { invoke: InvokeTemplate; locale: string }

/** Deskmate's admin console in Freshdesk (`full_page_app`): sign in with the admin's own key, then the sections. */
export const ConsoleApp = ({ invoke, locale }: ConsoleAppProps) => (
  <I18nProvider locale={locale}>
    <Console invoke={invoke} />
  </I18nProvider>
)
