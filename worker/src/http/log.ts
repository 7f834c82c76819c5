type Level = 'info' | 'warn' | 'error'

/**
 * Writes one structured JSON log line. Callers pass ids, codes and counts only, never ticket text or secrets.
 * @example logEvent('info', 'request', { requestId, status: 200 })
 */
export const logEvent = (level: Level, msg: string, fields: Record<string, unknown>): void => {
  const line = JSON.stringify({ level, msg, ...fields })
  if (level === 'error') console.error(line)
  else if (level === 'warn') console.warn(line)
  else console.log(line)
}
