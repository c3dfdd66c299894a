import { describe, expect, it } from "vitest"
import { checkBid, closeAfterBid, liveMaximumFen, minimumDecrementFen, type BidCheckContext } from "./bid-rules"

const OPENS = new Date("2026-06-01T09:00:00+08:00")
const CLOSES = new Date("2026-06-01T11:00:00+08:00")
const base: BidCheckContext = {
  mode: "live",
  now: new Date("2026-06-01T10:00:00+08:00"),
  opens_at: OPENS,
  closes_at: CLOSES,
  ceiling_unit_price_fen: 450000,
  current_lowest_fen: 440000,
}

describe("minimum decrement (0.5 % by default, rounded up, ≥ 1 fen)", () => {
  it.each([
    [440000, "0.5", 2200],
    [440001, "0.5", 2201], // 2200.005 → 2201
    [199, "0.5", 1], // 0.995 → 1
    [1, "0.5", 1],
    [100, "0", 1], // a zero step still means strictly lower
    [100000, 1, 1000],
  ])("lowest %d at %s %% → %d fen", (lowest, percent, step) => {
    expect(minimumDecrementFen(lowest, percent)).toBe(step)
  })
  it("gives no live maximum before the first bid", () => {
    expect(liveMaximumFen(null)).toBeNull()
    expect(liveMaximumFen(440000)).toBe(437800)
  })
})

describe("checkBid", () => {
  it.each([
    ["the first live bid at the agreement price", { current_lowest_fen: null }, 450000, null],
    ["a live bid exactly one step below", {}, 437800, null],
    ["a live bid one fen short of the step", {}, 437801, "above_live_maximum"],
    ["a bid above its own agreement price", { current_lowest_fen: null }, 450001, "above_agreement_price"],
    ["a sealed bid above the lowest (no decrement rule)", { mode: "sealed" as const }, 449999, null],
    ["a sealed bid above its own agreement price", { mode: "sealed" as const }, 450001, "above_agreement_price"],
    ["a bid before the window", { now: new Date("2026-06-01T08:59:59.999+08:00") }, 400000, "window_not_open"],
    ["a bid at the opening instant", { now: OPENS }, 400000, null],
    ["a bid at the closing instant (late)", { now: CLOSES }, 400000, "window_closed"],
    ["a bid one ms before close", { now: new Date(CLOSES.getTime() - 1) }, 400000, null],
    ["an uninvited bidder", { ceiling_unit_price_fen: null }, 400000, "not_invited"],
    ["a zero price", {}, 0, "invalid_price"],
    ["a fractional price", {}, 4299.5, "invalid_price"],
    ["a price as a string", {}, "400000", "invalid_price"],
  ] as const)("%s → %s", (_name, change, price, refusal) => {
    const result = checkBid({ ...base, ...change }, price)
    if (refusal === null) expect(result).toEqual({ ok: true })
    else expect(result).toMatchObject({ ok: false, refusal })
  })

  it("names the field and the limit", () => {
    expect(checkBid(base, 439000)).toEqual({
      ok: false,
      refusal: "above_live_maximum",
      field: "unit_price_fen",
      message: "unit_price_fen 439000 must be at most 437800 fen (current lowest 440000 minus the minimum decrement)",
    })
    expect(checkBid({ ...base, current_lowest_fen: null }, 460000)).toMatchObject({
      field: "unit_price_fen",
      message: "unit_price_fen 460000 exceeds your agreement price 450000 fen for this quantity",
    })
  })
})

describe("anti-sniping (window 5 min, +5 min, at most +30 min)", () => {
  const at = (hhmmss: string) => new Date(`2026-06-01T${hhmmss}+08:00`)
  it.each([
    ["10:54:59", "11:00:00", "11:00:00", "outside the last 5 minutes"],
    ["10:55:00", "11:00:00", "11:05:00", "exactly 5 minutes before close"],
    ["10:59:59", "11:00:00", "11:05:00", "last second"],
    ["11:04:00", "11:05:00", "11:10:00", "again after one extension"],
    ["11:27:00", "11:28:00", "11:30:00", "capped at the original close + 30 min"],
    ["11:29:30", "11:30:00", "11:30:00", "no more once the cap is reached"],
  ])("bid at %s with close %s → close %s (%s)", (bidAt, closesAt, expected) => {
    expect(closeAfterBid(at("11:00:00"), at(closesAt), at(bidAt)).toISOString()).toBe(at(expected).toISOString())
  })

  it("is configurable and checks its configuration", () => {
    const rule = { window_minutes: 2, extension_minutes: 10, max_extension_minutes: 60 }
    expect(closeAfterBid(at("11:00:00"), at("11:00:00"), at("10:58:30"), rule).toISOString()).toBe(at("11:10:00").toISOString())
    expect(() => closeAfterBid(at("11:00:00"), at("11:00:00"), at("10:58:30"), { ...rule, extension_minutes: -1 })).toThrow(
      "anti_sniping.extension_minutes must be a whole number of minutes ≥ 0, got -1"
    )
  })
})
