import { describe, expect, it } from "vitest"
import { DEVELOPMENT_SECRET, readSettings } from "./settings"

const strong = "x".repeat(40)

describe("readSettings", () => {
  it.each([
    ["no secrets", {}, /JWT_SECRET and COOKIE_SECRET and GOVMALL_ID_NUMBER_SALT/],
    ["no ID-number salt", { JWT_SECRET: "x".repeat(40), COOKIE_SECRET: "x".repeat(40) }, /GOVMALL_ID_NUMBER_SALT/],
    ["development secret", { JWT_SECRET: DEVELOPMENT_SECRET, COOKIE_SECRET: strong }, /JWT_SECRET/],
    ["medusa's sample secret", { JWT_SECRET: strong, COOKIE_SECRET: "supersecret" }, /COOKIE_SECRET/],
    ["too short", { JWT_SECRET: "short", COOKIE_SECRET: strong }, /JWT_SECRET/],
  ])("refuses to start in production with %s", (_case, secrets, message) => {
    expect(() => readSettings({ NODE_ENV: "production", ...secrets })).toThrow(message)
  })

  it("starts in production with strong secrets", () => {
    const settings = readSettings({
      NODE_ENV: "production",
      JWT_SECRET: strong,
      COOKIE_SECRET: strong,
      GOVMALL_ID_NUMBER_SALT: strong,
    })
    expect(settings.jwtSecret).toBe(strong)
  })

  it("uses development defaults outside production", () => {
    const settings = readSettings({})
    expect(settings.jwtSecret).toBe(DEVELOPMENT_SECRET)
    expect(settings.workerMode).toBe("shared")
    expect(settings.redisUrl).toBeUndefined()
    expect(settings.storeCors).toContain("http://localhost:5173")
  })

  it("disables the admin on workers and rejects unknown worker modes", () => {
    expect(readSettings({ MEDUSA_WORKER_MODE: "worker" }).adminDisabled).toBe(true)
    expect(() => readSettings({ MEDUSA_WORKER_MODE: "both" })).toThrow(/MEDUSA_WORKER_MODE/)
  })

  it.each([
    [undefined, "govmall"],
    ["  ", "govmall"],
    ["test-run_42", "test-run_42"],
  ])("reads the Redis namespace %j as %j", (raw, namespace) => {
    expect(readSettings({ GOVMALL_REDIS_NAMESPACE: raw }).redisNamespace).toBe(namespace)
  })

  it.each([["a:b"], ["名字"], ["x".repeat(65)], ["with space"]])("refuses the Redis namespace %j", (raw) => {
    expect(() => readSettings({ GOVMALL_REDIS_NAMESPACE: raw })).toThrow(/GOVMALL_REDIS_NAMESPACE/)
  })
})
