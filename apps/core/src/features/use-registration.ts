import { useEffect, useState } from 'react'
import type { AppError } from '@deskmate/shared'
import { toAppError } from '../api/to-app-error.ts'
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
      (error: unknown) => isCurrent && setState({ status: 'failed', error: toAppError(error) }),
    )
    return () => {
      isCurrent = false
    }
  }, [host])
  return state
}
