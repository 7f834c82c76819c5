import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { check } from 'recheck'
import { describe, expect, it } from 'vitest'
import { EMAIL_PATTERN, PII_RULES } from '../../../shared/src/pii/pii-patterns.ts'
import { CLAIM_PATTERNS } from '../../../shared/src/policy/draft-claims.ts'
import { PROMISE_PATTERNS } from '../../../shared/src/policy/draft-promises.ts'
import { DEV_ORIGINS } from '../../../scripts/dev/dev-origins.ts'
import { compileOriginPatterns } from '../../src/http/origin-patterns.ts'
import { findRegexes, listSources, type RegexSite } from './find-regexes.ts'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const SOURCES = ['shared/src', 'worker/src']

/** Files that build patterns at run time, and the patterns they build (checked like the literals). */
const DYNAMIC: Record<string, () => RegExp[]> = {
  'shared/src/pii/pii-patterns.ts': () => [EMAIL_PATTERN, ...PII_RULES.map((rule) => rule.re)],
  'shared/src/policy/draft-claims.ts': () => [...CLAIM_PATTERNS],
  'shared/src/policy/draft-promises.ts': () => [...PROMISE_PATTERNS],
  'worker/src/http/origin-patterns.ts': () => {
    const wrangler = readFileSync(new URL('../../wrangler.jsonc', import.meta.url), 'utf8')
    const origins = /"ALLOWED_ORIGINS":\s*"([^"]*)"/.exec(wrangler)?.[1] ?? ''
    return compileOriginPatterns(`${origins},${DEV_ORIGINS}`)
  },
}

type Verdict = { site: string; status: string; complexity: string; attack?: string }

// recheck's automaton checker proves a pattern linear or finds an attack string. It does not take look-arounds
// or back-references; those patterns go to its fuzz checker, which counts the steps of a backtracking matcher on
// growing generated inputs and reports super-linear growth.
const judge = async (site: RegexSite): Promise<Verdict> => {
  const proof = await check(site.source, site.flags, { checker: 'automaton', timeout: 60_000 })
  const result =
    proof.status === 'unknown' && proof.error.kind === 'unsupported'
      ? await check(site.source, site.flags, { checker: 'fuzz', timeout: 60_000 })
      : proof
  return {
    site: `${site.file}:${site.line} /${site.source}/${site.flags}`,
    status: result.status,
    complexity: result.status === 'unknown' ? result.error.kind : result.complexity.summary,
    ...(result.status === 'vulnerable' ? { attack: result.attack.pattern } : {}),
  }
}

/** Runs the checks two at a time (the machine is shared). */
const judgeAll = async (sites: RegexSite[]): Promise<Verdict[]> => {
  const verdicts: Verdict[] = []
  const queue = [...sites]
  const worker = async () => {
    for (let site = queue.shift(); site; site = queue.shift()) verdicts.push(await judge(site))
  }
  await Promise.all([worker(), worker()])
  return verdicts
}

describe('regular expressions of shared/src and worker/src', () => {
  const { literals, dynamicFiles } = findRegexes(ROOT, listSources(ROOT, SOURCES))

  it('are all known: patterns built at run time come from a file this test checks', () => {
    expect(literals.length).toBeGreaterThan(100)
    expect(dynamicFiles.sort()).toEqual(Object.keys(DYNAMIC).sort())
  })

  it('all match in linear time (recheck finds no super-linear attack)', { timeout: 600_000 }, async () => {
    const built = Object.entries(DYNAMIC).flatMap(([file, build]) =>
      build().map((re) => ({ file, line: 0, source: re.source, flags: re.flags })),
    )
    const verdicts = await judgeAll([...literals, ...built])
    expect(verdicts.filter((verdict) => verdict.status !== 'safe')).toEqual([])
  })
})
