/**
 * The process-wide business clock behind the `procurement_clock` module. Every module of this
 * plugin (and of other plugins) reads time through `procurementClock.now()`, never
 * `new Date()`: in tests the clock module freezes or moves it.
 *
 * The override lives on `globalThis` under a registered symbol so that every copy of this file
 * in a process (the Medusa loader and a test runner may each load one) shares one clock.
 */
import { Clock, systemClock, TestClock } from "../../domain/clock"

const OVERRIDE_KEY = Symbol.for("@govmall/procurement-core/clock-override")

type ClockHolder = { override: TestClock | null }

function holder(): ClockHolder {
  const scope = globalThis as unknown as Record<symbol, ClockHolder | undefined>
  scope[OVERRIDE_KEY] ??= { override: null }
  return scope[OVERRIDE_KEY] as ClockHolder
}

/** The business clock: the test override when one is set, the system clock otherwise. */
export const procurementClock: Clock = {
  now: () => (holder().override ?? systemClock).now(),
}

/** @internal Used by the clock module service only; it guards these with NODE_ENV. */
export const clockOverride = {
  get: (): TestClock | null => holder().override,
  set: (clock: TestClock | null): void => {
    holder().override = clock
  },
}
