// Node scripts run Worker modules (repositories, engines) against Miniflare's D1. Those modules are type-checked
// with the generated Workers types in worker/tsconfig.json; the Workers and Node type libraries cannot be loaded
// together, so here the D1 surface those modules use is described structurally.
declare global {
  interface D1Result<T = unknown> {
    results: T[]
    success: boolean
    meta: { changes: number; last_row_id: number; duration: number; [key: string]: unknown }
  }
  interface D1PreparedStatement {
    bind(...values: unknown[]): D1PreparedStatement
    first<T = unknown>(column?: string): Promise<T | null>
    all<T = unknown>(): Promise<D1Result<T>>
    run<T = unknown>(): Promise<D1Result<T>>
    raw<T = unknown[]>(): Promise<T[]>
  }
  interface D1Database {
    prepare(query: string): D1PreparedStatement
    batch<T = unknown>(statements: D1PreparedStatement[]): Promise<D1Result<T>[]>
    exec(query: string): Promise<unknown>
  }
  interface Env {
    DB: D1Database
    ENCRYPTION_KEY: string
    [binding: string]: unknown
  }
  // Workers' constant-time comparison (crypto/timing-safe.ts); the scripts that import it never call it.
  interface SubtleCrypto {
    timingSafeEqual(a: ArrayBuffer | ArrayBufferView, b: ArrayBuffer | ArrayBufferView): boolean
  }
}

export {}
