import { afterEach, describe, expect, it } from "vitest"
import ProcurementClockService from "./service"
import { procurementClock } from "./shared-clock"

describe("ProcurementClockService", () => {
  const originalEnv = process.env.NODE_ENV
  const service = new ProcurementClockService()

  afterEach(() => {
    process.env.NODE_ENV = "test"
    service.reset()
    process.env.NODE_ENV = originalEnv
  })

  it("freezes, advances and resets business time when NODE_ENV is test", () => {
    process.env.NODE_ENV = "test"
    service.setNow("2026-10-01T00:00:00+08:00")
    expect(service.now().toISOString()).toBe("2026-09-30T16:00:00.000Z")
    expect(procurementClock.now().toISOString()).toBe("2026-09-30T16:00:00.000Z")
    expect(service.isOverridden()).toBe(true)

    service.advance(24 * 60 * 60 * 1000)
    expect(procurementClock.now().toISOString()).toBe("2026-10-01T16:00:00.000Z")

    service.reset()
    expect(service.isOverridden()).toBe(false)
    expect(Math.abs(service.now().getTime() - Date.now())).toBeLessThan(5_000)
  })

  it("advance freezes a running clock first", () => {
    process.env.NODE_ENV = "test"
    const before = Date.now()
    const moved = service.advance(60_000).getTime()
    expect(moved - before).toBeGreaterThanOrEqual(60_000)
    expect(service.now().getTime()).toBe(moved)
  })

  it.each(["production", "development", undefined])("refuses to move time when NODE_ENV is %s", (env) => {
    if (env === undefined) {
      delete process.env.NODE_ENV
    } else {
      process.env.NODE_ENV = env
    }
    expect(() => service.setNow("2030-01-01T00:00:00Z")).toThrow(/only allowed when NODE_ENV is "test"/)
    expect(() => service.advance(1000)).toThrow(expect.objectContaining({ type: "not_allowed" }))
    expect(() => service.reset()).toThrow(/procurement_clock.reset/)
    expect(service.isOverridden()).toBe(false)
  })

  it("shares one override between copies of the module (globalThis symbol)", () => {
    process.env.NODE_ENV = "test"
    service.setNow("2026-01-04T00:00:00Z")
    const holder = (globalThis as Record<symbol, { override: { now(): Date } | null }>)[
      Symbol.for("@govmall/procurement-core/clock-override")
    ]
    expect(holder.override?.now().toISOString()).toBe("2026-01-04T00:00:00.000Z")
  })
})
