/** Thresholds of the pasted-log heuristic (a ticket this log-like is read by a person, not answered). */
export const LONG_LOG_LIMITS = {
  /** Stack-trace frames (`at f (file:1:2)`, `File "x.py", line 3`, `#3 0x…`). */
  stackFrames: 5,
  /** Log lines (a timestamp or a level such as ERROR at the start). */
  logLines: 15,
  /** Lines in all, when at least a quarter of them look like log output. */
  lines: 60,
  /** Characters in all, when some lines look like log output. */
  chars: 12_000,
} as const

// Anchored, linear patterns, each run once per line.
const STACK_FRAME =
  /^\s{0,20}(at\s\S|File\s"[^"]{1,500}",\sline\s\d|#\d{1,3}\s{1,4}0x[0-9a-f]|\S{1,300}\.(java|kt|scala|cs|go|rs|rb|py|js|ts|php|swift):\d{1,7}\b|Traceback\s\(most\srecent|Caused\sby:|Exception\sin\sthread|\w{1,100}(Error|Exception):\s)/
const LOG_LINE =
  /^\s{0,8}(\[?\d{4}-\d{2}-\d{2}[T\s]\d{2}:\d{2}|\[?\d{2}:\d{2}:\d{2}[.,\]\s]|\[?(TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL|SEVERE)\]?[\s:|])/

/**
 * True when a ticket carries a long pasted log or stack trace: too much machine output to answer from an article.
 * One pass over the lines, so a 100 kB body costs the same as reading it.
 * @example looksLikeLongLog('Traceback (most recent call last):\n' + '  File "a.py", line 1, in f\n'.repeat(6)) // true
 */
export const looksLikeLongLog = (body: string): boolean => {
  const lines = body.split('\n')
  let frames = 0
  let logLines = 0
  for (const line of lines) {
    if (STACK_FRAME.test(line)) frames++
    else if (LOG_LINE.test(line)) logLines++
  }
  const machineLines = frames + logLines
  return (
    frames >= LONG_LOG_LIMITS.stackFrames ||
    logLines >= LONG_LOG_LIMITS.logLines ||
    (lines.length >= LONG_LOG_LIMITS.lines && machineLines * 4 >= lines.length) ||
    (body.length >= LONG_LOG_LIMITS.chars && machineLines >= 3)
  )
}
