import { MedusaError } from "@medusajs/framework/utils"
import { Clock, TestClock } from "../../domain/clock"
import { clockOverride, procurementClock } from "./shared-clock"

/**
 * The injectable business clock. `now()` is the system time in production. Tests freeze and
 * move it (`setNow`, `advance`, `reset`), which only works when NODE_ENV is "test": in any
 * other environment those calls throw NOT_ALLOWED, so production time cannot be bent.
 */
export default class ProcurementClockService implements Clock {
  now(): Date {
    return procurementClock.now()
  }

  /** Freezes business time at `instant` (test only). */
  setNow(instant: Date | string): Date {
    this.assertTestEnvironment("setNow")
    clockOverride.set(new TestClock(instant))
    return this.now()
  }

  /** Moves business time forward by `ms` (negative moves back); freezes it first if needed (test only). */
  advance(ms: number): Date {
    this.assertTestEnvironment("advance")
    if (!Number.isFinite(ms)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `advance: ms must be a finite number, got ${ms}`)
    }
    const clock = clockOverride.get() ?? new TestClock(procurementClock.now())
    clock.advance(ms)
    clockOverride.set(clock)
    return this.now()
  }

  /** Back to the system clock (test only). */
  reset(): void {
    this.assertTestEnvironment("reset")
    clockOverride.set(null)
  }

  /** True while a test has frozen or moved the clock. */
  isOverridden(): boolean {
    return clockOverride.get() !== null
  }

  private assertTestEnvironment(method: string): void {
    if (process.env.NODE_ENV !== "test") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `procurement_clock.${method} is only allowed when NODE_ENV is "test" (it is "${process.env.NODE_ENV ?? ""}")`
      )
    }
  }
}
