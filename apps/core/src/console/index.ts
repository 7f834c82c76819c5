export * from './console-client.ts'
export * from './automation-form.ts'
export * from './use-automation-form.ts'
export * from './use-dry-run.ts'
