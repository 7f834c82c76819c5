import { useEffect, useState } from 'react'
import {
  DEFAULT_SETTINGS,
  clockFromPolicy,
  clockFromPolicyMetrics,
  slaStatusAt,
  type SlaClock,
  type SlaStatus,
} from '@deskmate/shared'
import type { HostTicket } from '../host/host-client.ts'
import { useHost } from '../host/host-context.tsx'
import { isServerUnreachable } from '../api/server-unreachable.ts'
import { useWorkerClient } from './worker-client-context.tsx'
import { useResource, type Resource } from './use-resource.ts'

/** How often a running countdown re-evaluates. */
export const SLA_TICK_MS = 1_000

/**
 * Resolves the ticket's SLA clock: the helpdesk's own policy metrics when it has them, else the
 * app's fallback policy from `GET /v1/settings` (the default policy while the Worker is unreachable: the
 * badge needs nothing from the AI backend).
 */
export const useSlaClock = (ticket: HostTicket | undefined): Resource<SlaClock> => {
  const host = useHost()
  const api = useWorkerClient()
  const key = ticket
    ? `sla:${ticket.id}:${ticket.ticket.channel}:${ticket.ticket.priority}:${JSON.stringify(ticket.sla)}`
    : null
  return useResource(key, async () => {
    const metrics = await host.getSlaMetrics(ticket!.id)
    if (metrics) return clockFromPolicyMetrics(metrics, ticket!.ticket.createdAt)
    const sla = await api.getSettings().then(
      (settings) => settings.sla,
      (error: unknown) => {
        if (isServerUnreachable(error)) return DEFAULT_SETTINGS.sla
        throw error
      },
    )
    return clockFromPolicy(ticket!.sla, sla)
  })
}

/** The clock's live status, re-evaluated every second while it counts down. */
export const useSlaStatus = (clock: SlaClock): SlaStatus => {
  const [now, setNow] = useState(() => new Date())
  const isTicking = clock.kind === 'countdown'

  useEffect(() => {
    if (!isTicking) return
    setNow(new Date())
    const timer = setInterval(() => setNow(new Date()), SLA_TICK_MS)
    return () => clearInterval(timer)
  }, [isTicking, clock])

  return slaStatusAt(clock, now)
}
