import { useCallback, useEffect, useState } from 'react'
import type { AppError } from '@deskmate/shared'
import { toAppError } from '../api/to-app-error.ts'
import type { AdminSessionInfo } from './console-client.ts'
import { openTemplateAdminSession, type InvokeTemplate } from './template-admin-session.ts'

/** The console's sign-in with the admin's own API key: the session lives in memory only. */
export type AdminSignInState = {
  session: AdminSessionInfo | null
  status: 'idle' | 'signing-in'
  error: AppError | null
  /** The last session ran out: the key is asked for again. */
  isExpired: boolean
  signIn: (apiKey: string) => Promise<void>
}

// setTimeout's largest delay; a session never lasts that long, but a wrong clock must not fire it at once.
const MAX_DELAY_MS = 2_147_483_647

/**
 * Exchanges the admin's API key for a session (openTemplateAdminSession) and drops the session when it
 * expires, so the console asks for the key again. Nothing is written to storage.
 * @example const signIn = useAdminSignIn(client.request.invokeTemplate)
 */
export const useAdminSignIn = (invoke: InvokeTemplate, now: () => number = Date.now): AdminSignInState => {
  const [session, setSession] = useState<AdminSessionInfo | null>(null)
  const [status, setStatus] = useState<AdminSignInState['status']>('idle')
  const [error, setError] = useState<AppError | null>(null)
  const [isExpired, setIsExpired] = useState(false)

  useEffect(() => {
    if (!session) return
    const left = Date.parse(session.expiresAt) - now()
    const expire = () => {
      setSession(null)
      setIsExpired(true)
    }
    if (!(left > 0)) {
      expire()
      return
    }
    const timer = setTimeout(expire, Math.min(left, MAX_DELAY_MS))
    return () => clearTimeout(timer)
  }, [session, now])

  const signIn = useCallback(
    async (apiKey: string) => {
      setStatus('signing-in')
      setError(null)
      try {
        const opened = await openTemplateAdminSession(invoke, apiKey)
        setIsExpired(false)
        setSession(opened)
      } catch (caught) {
        setError(toAppError(caught))
      } finally {
        setStatus('idle')
      }
    },
    [invoke],
  )

  return { session, status, error, isExpired, signIn }
}

/**
 * The i18n key of what a refused sign-in tells the admin: a non-admin learns only administrators may open the
 * console (the Worker decides it), a refused key that it was refused, and so on.
 */
export const signInErrorKey = (error: AppError): string => {
  switch (error.code) {
    case 'validation_failed':
      return 'console.signIn.errorEmpty'
    case 'unauthorized':
    case 'token_expired':
      return 'console.signIn.errorKey'
    case 'admin_required':
    case 'forbidden':
      return 'console.signIn.errorNotAdmin'
    case 'rate_limited':
      return 'console.signIn.errorRateLimited'
    case 'helpdesk_upstream':
      return 'console.signIn.errorHelpdesk'
    default:
      return 'console.signIn.errorUnreachable'
  }
}
