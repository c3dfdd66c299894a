import Medusa from "@medusajs/js-sdk"

export const backendUrl = import.meta.env.VITE_MEDUSA_BACKEND_URL || "http://localhost:9000"
export const publishableKey = import.meta.env.VITE_MEDUSA_PUBLISHABLE_KEY || ""
/** Demo mode lists the demo accounts on the log-in page; npm start and the browser tests set it. */
export const demoMode = import.meta.env.VITE_GOVMALL_DEMO === "true"

/**
 * The one Medusa client. Every /store request carries the e-mall's publishable key; the
 * purchaser's token (after POST /auth/customer/emailpass) is kept in localStorage and sent as
 * a bearer token, so a reload keeps the purchaser logged in.
 */
export const sdk = new Medusa({
  baseUrl: backendUrl,
  publishableKey,
  auth: { type: "jwt", jwtTokenStorageMethod: "local", jwtTokenStorageKey: "govmall.purchaser_token" },
})
