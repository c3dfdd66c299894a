/**
 * When responses may be submitted, when the solicitation may be opened, and when the opening
 * window (解密时间) may be closed. Pure: the caller gives `now` from the business clock.
 *
 * - Responses are accepted while the solicitation is `published` and `now` is before its
 *   response deadline; at the deadline nothing more is accepted.
 * - The opening time is the response deadline (Chinese e-bidding practice: 开标时间即投标截止
 *   时间). The agency opens at or after it; closing (published → closed) happens lazily in the
 *   same act, so no scheduled job has to race the deadline: a response arriving after the
 *   deadline is refused by the deadline check whether or not the state says `closed` yet.
 * - The opening window lasts `windowMinutes` (option `openingWindowMinutes`, default 60 [R]:
 *   platforms commonly give 30–60 minutes to decrypt). It may be closed when it has ended, or
 *   earlier once every response has been decided (nobody left who could still decrypt).
 */
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"

export const DEFAULT_OPENING_WINDOW_MINUTES = 60

export type OpeningOptions = { openingWindowMinutes: number }

export function openingOptions(input: unknown): OpeningOptions {
  const minutes = (input as { openingWindowMinutes?: unknown } | undefined)?.openingWindowMinutes ?? DEFAULT_OPENING_WINDOW_MINUTES
  if (typeof minutes !== "number" || !Number.isSafeInteger(minutes) || minutes < 5 || minutes > 24 * 60) {
    throw new InvalidValueError(`openingWindowMinutes must be a whole number from 5 to 1440, got ${JSON.stringify(minutes)}`)
  }
  return { openingWindowMinutes: minutes }
}

const time = (value: Date | string | null | undefined) => (value ? new Date(value).getTime() : NaN)

/** Why a response cannot be submitted, withdrawn or replaced now; null when it can. */
export function submissionProblem(s: { id: string; status: string; response_deadline: Date | string | null }, now: Date): string | null {
  if (s.status !== "published") {
    return `solicitation ${s.id} is ${s.status}: responses are accepted only while it is published`
  }
  const deadline = time(s.response_deadline)
  if (!Number.isFinite(deadline) || now.getTime() >= deadline) {
    return `the response deadline of solicitation ${s.id} (${s.response_deadline ? new Date(s.response_deadline).toISOString() : "none"}) has passed: no response is accepted, withdrawn or replaced any more`
  }
  return null
}

/** Why the solicitation cannot be opened now; null when it can. */
export function openingProblem(s: { id: string; status: string; response_deadline: Date | string | null }, now: Date): string | null {
  if (s.status !== "published" && s.status !== "closed") {
    return `solicitation ${s.id} is ${s.status}: only a published or closed solicitation can be opened`
  }
  const deadline = time(s.response_deadline)
  if (!Number.isFinite(deadline) || now.getTime() < deadline) {
    return `solicitation ${s.id} cannot be opened before its opening time, the response deadline ${s.response_deadline ? new Date(s.response_deadline).toISOString() : "(none)"}`
  }
  return null
}

export function openingWindowCloses(openedAt: Date, options: OpeningOptions): Date {
  return new Date(openedAt.getTime() + options.openingWindowMinutes * 60_000)
}

/** Is a supplier's content key still taken? Until the window closes (and it was not closed early). */
export function isOpeningWindowOpen(opening: { window_closes_at: Date | string; closed_at: Date | string | null }, now: Date): boolean {
  return opening.closed_at === null && now.getTime() < time(opening.window_closes_at)
}

/** Why the opening window cannot be closed now; null when it can. */
export function closeOpeningProblem(
  opening: { solicitation_id: string; window_closes_at: Date | string; closed_at: Date | string | null },
  undecided: number,
  now: Date
): string | null {
  if (opening.closed_at !== null) return `the opening of solicitation ${opening.solicitation_id} is already closed`
  if (now.getTime() >= time(opening.window_closes_at) || undecided === 0) return null
  return `the opening window of solicitation ${opening.solicitation_id} runs until ${new Date(opening.window_closes_at).toISOString()} and ${undecided} response(s) are not decrypted yet: it cannot be closed earlier`
}
