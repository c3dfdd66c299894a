import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

export const CUSTOMER_SIGN_UP_REFUSED =
  "采购单位工作人员由财政部门（监管机构）统一开通账号，不能自行注册。" +
  " Purchasing-unit staff are enrolled by the regulator; customer self-sign-up is not available."

/**
 * Medusa's storefront sign-up (`POST /auth/customer/<provider>/register`, then
 * `POST /store/customers`) would let anyone create a customer: a purchaser with no purchasing
 * unit, and an auth identity squatting an email the regulator has yet to enroll. Purchasers
 * are created only by `enrollMemberWorkflow` (server-side, through the customer and auth
 * modules, never these routes), so both routes are closed for everyone.
 */
export function refuseCustomerSignUp(_req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  next(new MedusaError(MedusaError.Types.FORBIDDEN, CUSTOMER_SIGN_UP_REFUSED))
}
