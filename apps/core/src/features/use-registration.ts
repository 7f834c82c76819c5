import { useEffect, useState } from 'react'
import type { AppError } from '@deskmate/shared'
import { toAppError } from '../api/to-app-error.ts'
import {
  isServerUnreachable,
  isUnreachableFailure,
  ServerUnreachableError,
} from '../api/server-unreachable.ts'
import type { RegistrationOutcome } from '../host/host-client.ts'
import { useHost } from '../host/host-context.tsx'

/** Where the installation's registration stands; `failed` carries why (shown to the admin). */
export type Registration =
  { status: 'pending' | RegistrationOutcome; error?: undefined } | { status: 'failed'; error: AppError }

/** Registers the installation once on load (admins only, decided by the host), without blocking anything. */
export const useRegistration = (): Registration => {
  const host = useHost()
  const [state, setState] = useState<Registration>({
    status: host.registerInstallation ? 'pending' : 'skipped',
  })
  useEffect(() => {
    if (!host.registerInstallation) return
    let isCurrent = true
    host.registerInstallation().then(
      (outcome) => isCurrent && setState({ status: outcome }),
      (error: unknown) =>
        isCurrent &&
        setState({
          status: 'failed',
          error: isUnreachableFailure(error) ? new ServerUnreachableError(error) : toAppError(error),
        }),
    )
    return () => {
      isCurrent = false
    }
  }, [host])
  return state
}

/**
 * The advice (a translation key) for a failed registration: credentials only when the Worker refused them
 * (401/403), the admin-page step for `admin_required`, none while the server is unreachable (the sidebar's
 * one banner says so).
 */
export const registrationAdvice = (registration: Registration): string | null => {
  if (registration.status !== 'failed' || isServerUnreachable(registration.error)) return null
  const { code } = registration.error
  if (code === 'admin_required') return 'registration.adminRequired'
  if (registration.error.status === 401 || registration.error.status === 403) return 'registration.hint'
  return `error.${code}`
}
