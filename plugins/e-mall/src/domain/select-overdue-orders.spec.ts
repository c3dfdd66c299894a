import { selectOverdueOrders } from "./select-overdue-orders"

const now = new Date("2026-11-22T02:00:00.000Z")

describe("selectOverdueOrders", () => {
  it.each([
    ["pending, deadline passed", "pending_confirmation", "2026-11-22T01:59:59.999Z", true],
    ["pending, deadline exactly now (not yet overdue)", "pending_confirmation", "2026-11-22T02:00:00.000Z", false],
    ["pending, deadline ahead", "pending_confirmation", "2026-11-23T00:00:00.000Z", false],
    ["confirmed, deadline passed", "confirmed", "2026-11-20T00:00:00.000Z", false],
    ["declined, deadline passed", "declined", "2026-11-20T00:00:00.000Z", false],
    ["cancelled, deadline passed", "cancelled", "2026-11-20T00:00:00.000Z", false],
  ] as const)("%s → %s", (_name, status, confirm_by, overdue) => {
    expect(selectOverdueOrders([{ id: "o", status, confirm_by }], now).length).toBe(overdue ? 1 : 0)
  })

  it("returns the oldest deadline first and accepts Date values", () => {
    const orders = [
      { id: "b", status: "pending_confirmation" as const, confirm_by: new Date("2026-11-21T00:00:00Z") },
      { id: "a", status: "pending_confirmation" as const, confirm_by: "2026-11-20T00:00:00Z" },
    ]
    expect(selectOverdueOrders(orders, now).map((o) => o.id)).toEqual(["a", "b"])
  })
})
