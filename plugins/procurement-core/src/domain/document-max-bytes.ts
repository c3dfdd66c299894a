/**
 * The largest document accepted, from the environment: `GOVMALL_DOCUMENT_MAX_BYTES` (a whole
 * number of bytes), default 10 MiB. The bytes live in PostgreSQL and a download is held in
 * memory once (ADR 0005), hence a hard ceiling of 64 MiB whatever the setting says. Pure:
 * given the environment.
 */
import { InvalidValueError } from "./domain-error"

export const DOCUMENT_MAX_BYTES_VARIABLE = "GOVMALL_DOCUMENT_MAX_BYTES"
export const DEFAULT_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024
export const DOCUMENT_MAX_BYTES_CEILING = 64 * 1024 * 1024

export function documentMaxBytes(env: Record<string, string | undefined>): number {
  const raw = env[DOCUMENT_MAX_BYTES_VARIABLE]
  if (raw === undefined || raw.trim() === "") return DEFAULT_DOCUMENT_MAX_BYTES
  if (!/^\d+$/.test(raw.trim())) {
    throw new InvalidValueError(`${DOCUMENT_MAX_BYTES_VARIABLE} must be a whole number of bytes, got ${JSON.stringify(raw)}`)
  }
  const value = Number(raw.trim())
  if (value < 1 || value > DOCUMENT_MAX_BYTES_CEILING) {
    throw new InvalidValueError(
      `${DOCUMENT_MAX_BYTES_VARIABLE} must be between 1 and ${DOCUMENT_MAX_BYTES_CEILING} bytes, got ${raw.trim()}`
    )
  }
  return value
}

/** "10 MiB", "64 KiB", "900 bytes": for messages. */
export function formatByteSize(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`
  return `${bytes} bytes`
}
