export * from './deferred.ts'
export * from './fake-host.ts'
export * from './sse-body.ts'
export * from './render-with-host.tsx'
