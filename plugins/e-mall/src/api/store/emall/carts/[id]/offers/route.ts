import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { addToCartWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { fenToYuan } from "@govmall/procurement-core/domain/money"
import { withMedusaErrorsSync } from "@govmall/procurement-core/utils/medusa-error-from-domain"
import { regionCodesServing } from "../../../../../../domain/region-codes"
import { checkOfferLine, loadOffers } from "../../../../../../workflows/steps/prepare-supplier-orders"
import { EMALL_CART_FIELDS, loadOwnCart, supplierNamesById } from "../../../helpers"
import type { StoreAddOfferToCartType } from "../../../validators"

/**
 * Adds an offer to the caller's cart: a line for the offer's product variant at the OFFER's
 * price (fen → yuan), metadata `{ offer_id, supplier_org_id, supplier_name }` (the name as it
 * was when the line was added, for display; null when the organization row is missing). An offer already in the cart
 * gets its line's quantity raised instead (one line per offer; Medusa would add a second
 * line, as it never merges custom-priced lines), repriced at the current offer price.
 * Refused (400 naming the field):
 * an offer that is not approved, does not deliver to the cart's shipping region
 * (`shipping_address.metadata.region_code`, when set), or has less stock than `quantity`.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreAddOfferToCartType>, res: MedusaResponse) => {
  const cart = await loadOwnCart(req, req.params.id)
  const { offer_id, quantity } = req.validatedBody
  const [offer] = await loadOffers(req.scope, [offer_id])
  const regionCode: string | null = cart.shipping_address?.metadata?.region_code ?? null
  const serving = regionCode ? withMedusaErrorsSync(() => regionCodesServing(regionCode)) : null
  const lines = (cart.items ?? []).filter((i: any) => i.metadata?.offer_id === offer_id)
  const already = lines.reduce((n: number, i: any) => n + Number(i.quantity), 0)
  checkOfferLine(offer, { offer_id, quantity: quantity + already }, "", serving, regionCode)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({ entity: "product", fields: ["id", "variants.id"], filters: { id: offer.product_id } })
  const variantId = product?.variants?.[0]?.id
  if (!variantId) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `offer_id: the product of offer ${offer_id} has no variant`)
  }
  if (lines.length) {
    await updateLineItemInCartWorkflow(req.scope).run({
      input: {
        cart_id: cart.id,
        item_id: lines[0].id,
        update: { quantity: Number(lines[0].quantity) + quantity, unit_price: fenToYuan(offer.price_fen) },
      },
    })
  } else {
    const supplierName = (await supplierNamesById(req.scope, [offer.supplier_org_id])).get(offer.supplier_org_id) ?? null
    await addToCartWorkflow(req.scope).run({
      input: {
        cart_id: cart.id,
        items: [
          {
            variant_id: variantId,
            quantity,
            unit_price: fenToYuan(offer.price_fen),
            metadata: { offer_id: offer.id, supplier_org_id: offer.supplier_org_id, supplier_name: supplierName },
          },
        ],
      },
    })
  }
  const {
    data: [updated],
  } = await query.graph({ entity: "cart", fields: EMALL_CART_FIELDS.filter((f) => !f.startsWith("payment_collection")), filters: { id: cart.id } })
  res.json({ cart: updated })
}
