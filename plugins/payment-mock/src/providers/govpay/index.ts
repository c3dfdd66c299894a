import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { GovPayProviderService } from "./service"

/**
 * Register once per channel in the payment module's `providers`:
 *   { resolve: "@govmall/payment-mock/providers/govpay", id: "treasury", options: { channel: "treasury" } }
 *   { resolve: "@govmall/payment-mock/providers/govpay", id: "official_card", options: { channel: "official_card" } }
 * Medusa names them `pp_govpay_treasury` and `pp_govpay_official_card` (`pp_<identifier>_<id>`).
 */
export default ModuleProvider(Modules.PAYMENT, {
  services: [GovPayProviderService],
})

export { GovPayProviderService }
export type { GovPayCaptureInput, GovPayOptions } from "./service"
