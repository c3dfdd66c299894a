import Medusa from "@medusajs/js-sdk"
import { backendUrl, publishableKey } from "./client"

/**
 * The supplier's own client: a supplier's token (custom actor `supplier`) is kept apart from a
 * purchaser's, so one browser can hold both sessions without one overwriting the other.
 */
export const SUPPLIER_TOKEN_KEY = "govmall.supplier_token"

export const supplierSdk = new Medusa({
  baseUrl: backendUrl,
  publishableKey,
  auth: { type: "jwt", jwtTokenStorageMethod: "local", jwtTokenStorageKey: SUPPLIER_TOKEN_KEY },
})

export function supplierToken(): string | null {
  return window.localStorage.getItem(SUPPLIER_TOKEN_KEY)
}
