// The npm package ships untyped CommonJS; host/zaf-types.ts describes the client it returns.
declare module 'zendesk_app_framework_sdk' {
  const ZAFClient: { init(callback?: (registration: unknown) => void): object | false }
  export default ZAFClient
}

declare module 'zendesk_app_framework_sdk/lib/client.js' {
  const Client: new (options: { origin: string; appGuid: string; source?: unknown }) => object
  export default Client
}
