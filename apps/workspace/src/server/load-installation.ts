import { readFile } from 'node:fs/promises'
import type { Installation, ManifestParameter } from './resolve-placeholders.ts'

type Manifest = {
  name?: string
  version?: string
  parameters?: (ManifestParameter & { default?: unknown })[]
  domainWhitelist?: string[]
}

export type LoadedInstallation = {
  installation: Installation
  appName: string
  appVersion: string
  /** The settings the app may read in `metadata.settings`: every non-secure parameter. */
  publicSettings: Record<string, string>
}

/** Reads the manifest and installs the app with the given setting values, like an admin would. */
export const loadInstallation = async (
  manifestPath: string,
  values: Record<string, string>,
  extraDomains: string[],
): Promise<LoadedInstallation> => {
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest
  const parameters = manifest.parameters ?? []
  const settings: Record<string, string> = {}
  for (const parameter of parameters) {
    const value =
      values[parameter.name] ?? (parameter.default === undefined ? undefined : String(parameter.default))
    if (value !== undefined) settings[parameter.name] = value
  }
  const publicSettings = Object.fromEntries(
    Object.entries(settings).filter(([name]) => !parameters.find((p) => p.name === name)?.secure),
  )
  return {
    installation: {
      parameters,
      settings,
      domainWhitelist: [...new Set([...(manifest.domainWhitelist ?? []), ...extraDomains])],
    },
    appName: manifest.name ?? 'App',
    appVersion: manifest.version ?? '0.0.0',
    publicSettings,
  }
}
