/** One parsed server-sent event. */
export type SseEvent = { event: string; data: unknown }

/** Reads a whole SSE response body into events. */
export const readSse = async (res: Response): Promise<SseEvent[]> => {
  const text = await res.text()
  return text
    .split(/\n\n+/)
    .filter((block) => block.trim())
    .map((block) => {
      const lines = block.split('\n')
      const event =
        lines
          .find((l) => l.startsWith('event:'))
          ?.slice(6)
          .trim() ?? 'message'
      const data = lines
        .filter((l) => l.startsWith('data:'))
        .map((l) => l.slice(5).trimStart())
        .join('\n')
      return { event, data: data ? (JSON.parse(data) as unknown) : null }
    })
}
