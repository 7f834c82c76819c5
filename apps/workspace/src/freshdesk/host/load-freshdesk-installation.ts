import { readFile } from 'node:fs/promises'
import type { FreshdeskInstallation, IparamDefinition, RequestTemplate } from './build-template-request.ts'

/** The installation and the iparams the app may read with `client.iparams.get()` (the non-secure ones). */
export type LoadedFreshdeskInstallation = {
  installation: FreshdeskInstallation
  publicIparams: Record<string, string>
}

/**
 * Installs the Freshdesk app locally as an admin would: reads `config/requests.json` and `config/iparams.json`
 * from `configDir` and takes the given values (defaults from `default_value`).
 */
export const loadFreshdeskInstallation = async (
  configDir: string,
  values: Record<string, string>,
): Promise<LoadedFreshdeskInstallation> => {
  const [templates, iparams] = await Promise.all([
    readFile(`${configDir}/requests.json`, 'utf8').then(
      (text) => JSON.parse(text) as Record<string, RequestTemplate>,
    ),
    readFile(`${configDir}/iparams.json`, 'utf8').then(
      (text) => JSON.parse(text) as Record<string, IparamDefinition>,
    ),
  ])
  const entered: Record<string, string> = {}
  for (const [name, definition] of Object.entries(iparams)) {
    const value =
      values[name] ?? (definition.default_value === undefined ? undefined : String(definition.default_value))
    if (value !== undefined) entered[name] = value
  }
  const publicIparams = Object.fromEntries(Object.entries(entered).filter(([name]) => !iparams[name]?.secure))
  return { installation: { templates, iparams, values: entered }, publicIparams }
}
