import { checkTransitions } from "@govmall/procurement-core/domain/state-machine"
import {
  canTransitionEmallOrder,
  confirmDeadline,
  confirmHoursFromEnv,
  DEFAULT_CONFIRM_HOURS,
  EMALL_ORDER_TRANSITIONS,
} from "./emall-order-lifecycle"

describe("e-mall order lifecycle", () => {
  it("has a sound table", () => {
    expect(checkTransitions(EMALL_ORDER_TRANSITIONS, "pending_confirmation")).toEqual([])
  })

  it.each([
    ["pending_confirmation", "confirmed", true],
    ["pending_confirmation", "declined", true],
    ["pending_confirmation", "cancelled", true],
    ["confirmed", "declined", false],
    ["confirmed", "cancelled", false],
    ["declined", "confirmed", false],
    ["cancelled", "confirmed", false],
  ] as const)("%s → %s: %s", (from, to, allowed) => {
    expect(canTransitionEmallOrder(from, to)).toBe(allowed)
  })

  it("confirm deadline: 48 h by default, EMALL_ORDER_CONFIRM_HOURS overrides, nonsense refused", () => {
    expect(confirmHoursFromEnv({})).toBe(DEFAULT_CONFIRM_HOURS)
    expect(confirmHoursFromEnv({ EMALL_ORDER_CONFIRM_HOURS: "72" })).toBe(72)
    expect(() => confirmHoursFromEnv({ EMALL_ORDER_CONFIRM_HOURS: "-1" })).toThrow(/EMALL_ORDER_CONFIRM_HOURS/)
    expect(() => confirmHoursFromEnv({ EMALL_ORDER_CONFIRM_HOURS: "abc" })).toThrow(/EMALL_ORDER_CONFIRM_HOURS/)
    expect(confirmDeadline(new Date("2026-11-20T02:00:00Z"), 48).toISOString()).toBe("2026-11-22T02:00:00.000Z")
  })
})
