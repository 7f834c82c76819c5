import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'

const ticksPerSecond = (): number => {
  const result = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })
  const ticks = Number(result.stdout.trim())
  return Number.isFinite(ticks) && ticks > 0 ? ticks : 100
}

/** Fields of /proc/<pid>/stat after the command name (which may contain spaces). */
const statFields = (pid: number): string[] | null => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  } catch {
    return null
  }
}

const commandOf = (pid: number): string => {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim()
  } catch {
    return ''
  }
}

/**
 * Reads the CPU time of the workerd processes this process started (Linux /proc), so the bench can report the
 * runtime's CPU per request; null where /proc is not available.
 */
export const createWorkerdCpuMeter = (): (() => number) | null => {
  let pids: number[]
  try {
    pids = readdirSync('/proc')
      .map(Number)
      .filter((pid) => Number.isInteger(pid) && statFields(pid)?.[1] === String(process.pid))
      .filter((pid) => commandOf(pid).startsWith('workerd'))
  } catch {
    return null
  }
  if (pids.length === 0) return null
  const hz = ticksPerSecond()
  // utime and stime are fields 14 and 15 of stat, i.e. 11 and 12 after the command name.
  return () =>
    pids.reduce((sum, pid) => {
      const fields = statFields(pid)
      return fields ? sum + (Number(fields[11]) + Number(fields[12])) / hz : sum
    }, 0)
}
