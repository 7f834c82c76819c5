import { useState } from 'react'
import { PRIORITIES, TICKET_TYPES, type Analysis, type Priority, type TicketType } from '@deskmate/shared'
import { useHost } from '../host/host-context.tsx'

/** Below this confidence the sidebar offers no Apply: the suggestion is shown as a guess, not an action. */
export const APPLY_MIN_CONFIDENCE = 0.6

/** From this confidence on, a suggestion is described as confident. */
export const CONFIDENT_FROM = 0.8

/** A confidence in words: `high`, `medium` (Apply offered) or `low` (shown as a guess only). */
export type Certainty = 'high' | 'medium' | 'low'

/** The certainty a confidence in [0, 1] stands for. */
export const certaintyOf = (confidence: number): Certainty =>
  confidence >= CONFIDENT_FROM ? 'high' : confidence >= APPLY_MIN_CONFIDENCE ? 'medium' : 'low'

/**
 * True when the analysis found nothing to read (no language, nothing classified with any confidence):
 * the sidebar says so instead of showing codes such as "UND 0 %".
 */
export const hasNothingToAnalyse = (analysis: Analysis): boolean =>
  analysis.language.code === 'und' ||
  (analysis.category.confidence === 0 && analysis.priority.confidence === 0 && analysis.type.confidence === 0)

/** A ticket field the sidebar can set from a suggestion. */
export type InsightField = 'priority' | 'type'

/** Where applying a suggestion stands. */
export type ApplyStatus = 'idle' | 'applying' | 'applied' | 'failed'

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value)

/**
 * One-click Apply of a suggested priority or type: offered only for a value the helpdesk knows, confident
 * enough, not already on the ticket, and on hosts that can set the field.
 */
export const useApplyInsight = (
  field: InsightField,
  suggestion: { label: string; confidence: number },
  current: string | undefined,
) => {
  const host = useHost()
  const [state, setState] = useState<{ status: ApplyStatus; value?: string }>({ status: 'idle' })
  const { label, confidence } = suggestion
  const setField =
    field === 'priority'
      ? isOneOf(PRIORITIES, label) && (() => host.setPriority(label as Priority))
      : isOneOf(TICKET_TYPES, label) && host.setType && (() => host.setType!(label as TicketType))
  const isCurrent = current === label || state.value === label
  const canApply = Boolean(setField) && !isCurrent && confidence >= APPLY_MIN_CONFIDENCE
  const apply = () => {
    if (!setField) return
    setState({ status: 'applying' })
    setField().then(
      () => setState({ status: 'applied', value: label }),
      () => setState({ status: 'failed' }),
    )
  }
  return { canApply, status: state.status, apply, certainty: certaintyOf(confidence) }
}
