import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fenToYuan, multiplyFen, addFen } from "@govmall/procurement-core/domain/money"
import { groupItemsBySupplier } from "../../domain/group-items-by-supplier"
import { regionCodesServing } from "../../domain/region-codes"
import { withMedusaErrorsSync } from "@govmall/procurement-core/utils/medusa-error-from-domain"
import { EMALL_OFFER_MODULE } from "../../modules/emall_offer"
import type EmallOfferService from "../../modules/emall_offer/service"
import type { OfferDTO } from "../../modules/emall_offer/types"

export type OfferLine = { offer_id: string; quantity: number }

export type SupplierOrderItem = {
  title: string
  subtitle: string | null
  product_id: string
  product_title: string
  variant_id: string
  variant_title: string | null
  variant_sku: string | null
  quantity: number
  unit_price: string
  unit_price_fen: number
  is_tax_inclusive: true
  requires_shipping: false
  metadata: { offer_id: string; supplier_org_id: string }
  supplier_org_id: string
}

export type SupplierOrderGroup = {
  supplier_org_id: string
  offer_ids: string[]
  total_fen: number
  items: SupplierOrderItem[]
}

export const prepareSupplierOrdersStepId = "emall-prepare-supplier-orders"

/**
 * Checks every line against its offer (approved, quantity ≤ stock, delivers to `region_code`
 * when given) and prices it at the offer's CURRENT price (fen → yuan), then splits the lines
 * into one group per supplier. Field names in errors follow `lines[i].…`, or `field_prefix`.
 */
export const prepareSupplierOrdersStep = createStep(
  prepareSupplierOrdersStepId,
  async (input: { lines: OfferLine[]; region_code?: string | null; field_prefix?: string }, { container }) => {
    const prefix = input.field_prefix ?? "lines"
    if (!input.lines?.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${prefix}: nothing to order`)
    }
    const offers = await loadOffers(container, input.lines.map((l) => l.offer_id))
    const serving = input.region_code ? withMedusaErrorsSync(() => regionCodesServing(input.region_code!)) : null
    const productIds = [...new Set(offers.map((o) => o.product_id))]
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "title", "subtitle", "variants.id", "variants.title", "variants.sku"],
      filters: { id: productIds },
    })
    const productById = new Map(products.map((p: any) => [p.id, p]))
    const items: SupplierOrderItem[] = input.lines.map((line, i) => {
      const offer = offers.find((o) => o.id === line.offer_id)
      const field = prefix ? `${prefix}[${i}]` : ""
      const product: any = offer && productById.get(offer.product_id)
      const variant = product?.variants?.[0]
      checkOfferLine(offer, line, field, serving, input.region_code ?? null)
      if (!variant) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field ? field + "." : ""}offer_id: the product of offer ${line.offer_id} has no variant`)
      }
      return {
        title: product.title,
        subtitle: product.subtitle ?? null,
        product_id: product.id,
        product_title: product.title,
        variant_id: variant.id,
        variant_title: variant.title ?? null,
        variant_sku: variant.sku ?? null,
        quantity: line.quantity,
        unit_price: fenToYuan(offer!.price_fen),
        unit_price_fen: offer!.price_fen,
        is_tax_inclusive: true,
        requires_shipping: false,
        metadata: { offer_id: offer!.id, supplier_org_id: offer!.supplier_org_id },
        supplier_org_id: offer!.supplier_org_id,
      }
    })
    const groups: SupplierOrderGroup[] = groupItemsBySupplier(items).map((g) => ({
      supplier_org_id: g.supplier_org_id,
      offer_ids: [...new Set(g.items.map((it) => it.metadata.offer_id))],
      total_fen: addFen(...g.items.map((it) => multiplyFen(it.unit_price_fen, it.quantity))),
      items: g.items,
    }))
    return new StepResponse(groups)
  }
)

export async function loadOffers(container: any, ids: string[]): Promise<OfferDTO[]> {
  const service = container.resolve(EMALL_OFFER_MODULE) as EmallOfferService
  return (await service.listOffers({ id: [...new Set(ids)] }, { take: null })) as unknown as OfferDTO[]
}

/** The purchase rules for one offer line; throws INVALID_DATA naming the field. */
export function checkOfferLine(
  offer: OfferDTO | undefined,
  line: OfferLine,
  field: string,
  serving: string[] | null,
  regionCode: string | null
): void {
  const name = (f: string) => (field ? `${field}.${f}` : f)
  if (!offer) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${name("offer_id")}: offer ${line.offer_id} was not found`)
  }
  if (offer.status !== "approved") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${name("offer_id")}: offer ${offer.id} is ${offer.status}; only approved offers can be bought`
    )
  }
  if (!Number.isSafeInteger(line.quantity) || line.quantity < 1) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${name("quantity")} must be a whole number ≥ 1`)
  }
  if (line.quantity > offer.stock) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${name("quantity")}: ${line.quantity} exceeds the stock of offer ${offer.id} (${offer.stock})`
    )
  }
  if (serving && !offer.delivery_region_codes.some((c) => serving.includes(c))) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${name("offer_id")}: offer ${offer.id} does not deliver to region ${regionCode}`
    )
  }
}
