import type { KbArticle } from '@deskmate/shared'
import { SELF } from 'cloudflare:test'
import type { SeededTenant } from './tenants.ts'

/** A small KB: password reset (en, de) and invoices (en). */
export const SAMPLE_ARTICLES: KbArticle[] = [
  {
    id: 'reset-password-en',
    title: 'Reset your password',
    body: '1. Open the sign-in page.\n2. Click "Forgot password?".\n3. Enter your email address.\n4. Open the reset link we email you and choose a new password.',
    locale: 'en',
    url: 'https://help.example.com/en/reset-password',
    examples: [
      'I forgot my password',
      'How do I reset my password?',
      'I cannot log in, I need a password reset link',
      'The reset password email never arrived',
      'Locked out, forgot password',
      'Change my password because I forgot it',
    ],
  },
  {
    id: 'reset-password-de',
    title: 'Passwort zurücksetzen',
    body: '1. Öffnen Sie die Anmeldeseite.\n2. Klicken Sie auf „Passwort vergessen?“.\n3. Geben Sie Ihre E-Mail-Adresse ein.\n4. Öffnen Sie den Link in unserer E-Mail.',
    locale: 'de',
    url: 'https://help.example.com/de/passwort',
    examples: [
      'Ich habe mein Passwort vergessen',
      'Wie setze ich mein Passwort zurück?',
      'Ich kann mich nicht anmelden',
    ],
  },
  {
    id: 'invoices-en',
    title: 'Download your invoices',
    body: '1. Go to Settings → Billing.\n2. Open the Invoices tab.\n3. Click Download next to the invoice you need.',
    locale: 'en',
    url: 'https://help.example.com/en/invoices',
    examples: [
      'Where can I download my invoice?',
      'I need a receipt for last month',
      'How do I get a copy of my bill?',
    ],
  },
]

/** Loads the sample KB for a tenant through the public API (as its admin). */
export const seedSampleKb = async (who: SeededTenant): Promise<void> => {
  const res = await SELF.fetch('https://worker.test/v1/kb/articles', {
    method: 'PUT',
    headers: await who.adminAuth(),
    body: JSON.stringify({ articles: SAMPLE_ARTICLES }),
  })
  if (res.status !== 200) throw new Error(`KB seed failed: ${res.status} ${await res.text()}`)
}
