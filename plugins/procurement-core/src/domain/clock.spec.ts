import { describe, expect, it } from "vitest"
import {
  addDaysToDate,
  assertDateString,
  dayOfWeek,
  daysBetween,
  endOfShanghaiDay,
  isDateString,
  shanghaiDateString,
  startOfShanghaiDay,
  systemClock,
  TestClock,
  toShanghaiDate,
} from "./clock"

describe("TestClock", () => {
  it("stands still, can be set and advanced", () => {
    const clock = new TestClock("2026-03-01T00:00:00Z")
    expect(clock.now().toISOString()).toBe("2026-03-01T00:00:00.000Z")
    expect(clock.now().toISOString()).toBe("2026-03-01T00:00:00.000Z")
    clock.advance(90 * 60 * 1000)
    expect(clock.now().toISOString()).toBe("2026-03-01T01:30:00.000Z")
    clock.set(new Date("2027-01-01T08:00:00+08:00"))
    expect(clock.now().toISOString()).toBe("2027-01-01T00:00:00.000Z")
  })

  it("hands out copies, so callers cannot move it", () => {
    const clock = new TestClock(0)
    clock.now().setTime(5_000)
    expect(clock.now().getTime()).toBe(0)
  })

  it("rejects invalid instants", () => {
    expect(() => new TestClock("not a date")).toThrow(/not a valid instant/)
    expect(() => new TestClock(0).advance(Number.NaN)).toThrow(/finite/)
  })

  it("systemClock follows the machine clock", () => {
    const before = Date.now()
    const now = systemClock.now().getTime()
    expect(now).toBeGreaterThanOrEqual(before)
    expect(now - before).toBeLessThan(5_000)
  })
})

describe("Asia/Shanghai dates", () => {
  it.each([
    ["2026-01-01T15:59:59.999Z", "2026-01-01"],
    ["2026-01-01T16:00:00.000Z", "2026-01-02"],
    ["2026-12-31T16:00:00.000Z", "2027-01-01"],
    ["2026-02-28T16:00:00.000Z", "2026-03-01"],
    ["2028-02-28T16:00:00.000Z", "2028-02-29"],
    ["2026-07-01T00:00:00+08:00", "2026-07-01"],
  ])("%s is %s in Shanghai", (instant, date) => {
    expect(shanghaiDateString(new Date(instant))).toBe(date)
  })

  it.each([
    ["2026-10-08", "2026-10-07T16:00:00.000Z", "2026-10-08T15:59:59.999Z"],
    ["2027-01-01", "2026-12-31T16:00:00.000Z", "2027-01-01T15:59:59.999Z"],
  ])("%s starts at %s and ends at %s", (date, start, end) => {
    expect(startOfShanghaiDay(date).toISOString()).toBe(start)
    expect(endOfShanghaiDay(date).toISOString()).toBe(end)
  })

  it("takes the Shanghai day of an instant", () => {
    const lateEvening = new Date("2026-05-08T23:30:00+08:00")
    expect(startOfShanghaiDay(lateEvening).toISOString()).toBe("2026-05-07T16:00:00.000Z")
    expect(endOfShanghaiDay(lateEvening).toISOString()).toBe("2026-05-08T15:59:59.999Z")
    expect(toShanghaiDate(lateEvening)).toBe("2026-05-08")
  })

  it.each([
    ["2026-02-28", true],
    ["2028-02-29", true],
    ["2026-02-29", false],
    ["2026-13-01", false],
    ["2026-1-1", false],
    ["2026-01-01T00:00:00Z", false],
    [20260101, false],
  ])("isDateString(%j) = %s", (value, valid) => {
    expect(isDateString(value)).toBe(valid)
  })

  it("names the bad value", () => {
    expect(() => assertDateString("2026-02-30", "start")).toThrow(
      'start must be a calendar date "YYYY-MM-DD", got "2026-02-30"'
    )
    expect(() => shanghaiDateString(new Date("nope"))).toThrow(/valid Date/)
  })

  it.each([
    ["2026-12-31", 1, "2027-01-01"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2026-01-31", 30, "2026-03-02"],
    ["2026-05-05", 0, "2026-05-05"],
  ])("addDaysToDate(%s, %d) = %s", (date, days, result) => {
    expect(addDaysToDate(date, days)).toBe(result)
    expect(daysBetween(date, result)).toBe(days)
  })

  it.each([
    ["2026-01-04", 0],
    ["2026-02-14", 6],
    ["2026-10-08", 4],
  ])("dayOfWeek(%s) = %d", (date, weekday) => {
    expect(dayOfWeek(date)).toBe(weekday)
  })
})
