/** A setting as the app's manifest.json declares it under `parameters`. */
export type ManifestParameter = {
  name: string
  type?: string
  required?: boolean
  secure?: boolean
  default?: unknown
}

/**
 * `zcli.apps.config.json`: the installation settings `zcli apps:server` serves with the app. zcli prompts on the
 * terminal for every declared setting missing here, so a complete file is what lets it start unattended.
 */
export type ZcliAppsConfig = { parameters: Record<string, string> }

/** The file name zcli reads beside manifest.json. */
export const ZCLI_APPS_CONFIG_FILE = 'zcli.apps.config.json'

/**
 * A value for every setting the manifest declares: from `values` (the local settings), else the setting's
 * default, else empty for an optional one. Throws for a required setting with neither, and ignores values the
 * manifest does not declare (zcli would drop them too).
 * @example buildZcliAppsConfig(manifest, { backend_url: 'http://localhost:8787', shared_secret })
 */
export const buildZcliAppsConfig = (
  manifest: { parameters?: ManifestParameter[] },
  values: Readonly<Record<string, string | undefined>>,
): ZcliAppsConfig => {
  const parameters: Record<string, string> = {}
  for (const parameter of manifest.parameters ?? []) {
    const fallback = parameter.default === undefined ? undefined : String(parameter.default)
    const value = values[parameter.name] ?? fallback
    if (value === undefined && parameter.required)
      throw new Error(`No local value for the required setting ${parameter.name}`)
    parameters[parameter.name] = value ?? ''
  }
  return { parameters }
}
