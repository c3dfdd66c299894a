import type { AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { EMALL_OFFER_MODULE } from "../../../modules/emall_offer"
import type EmallOfferService from "../../../modules/emall_offer/service"
import { PROCUREMENT_ORGANIZATION_MODULE } from "@govmall/procurement-core/modules/procurement_organization"

export const EMALL_CART_FIELDS = [
  "id",
  "email",
  "customer_id",
  "region_id",
  "sales_channel_id",
  "currency_code",
  "completed_at",
  "metadata",
  "shipping_address.*",
  "billing_address.*",
  "items.id",
  "items.variant_id",
  "items.quantity",
  "items.unit_price",
  "items.metadata",
  "payment_collection.payment_sessions.provider_id",
  "payment_collection.payment_sessions.data",
  "payment_collection.payment_sessions.created_at",
]

/** The caller's open cart; another customer's cart is 404, a completed one 400. */
export async function loadOwnCart(req: MedusaRequest, id: string): Promise<Record<string, any>> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({ entity: "cart", fields: EMALL_CART_FIELDS, filters: { id } })
  const customerId = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
  if (!cart || cart.customer_id !== customerId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `cart ${id} was not found`)
  }
  if (cart.completed_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `cart ${id} is already completed`)
  }
  return cart
}

export const EMALL_ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "email",
  "currency_code",
  "total",
  "created_at",
  "items.id",
  "items.title",
  "items.product_id",
  "items.variant_id",
  "items.quantity",
  "items.unit_price",
  "items.metadata",
  "payment_collections.id",
  "payment_collections.status",
  "payment_collections.amount",
  "payment_collections.payments.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.canceled_at",
]

/** e-mall order rows joined with their Medusa orders (two queries, no link). */
export async function emallOrdersWithOrders(req: MedusaRequest, filters: Record<string, unknown>, page = { take: 20, skip: 0 }) {
  const service = req.scope.resolve(EMALL_OFFER_MODULE) as EmallOfferService
  const [rows, count] = await service.listAndCountEmallOrders(filters, { ...page, order: { created_at: "DESC" } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const orderIds = (rows as any[]).map((r) => r.order_id)
  const { data: orders } = orderIds.length
    ? await query.graph({ entity: "order", fields: EMALL_ORDER_FIELDS, filters: { id: orderIds } })
    : { data: [] as any[] }
  const byId = new Map(orders.map((o: any) => [o.id, o]))
  const names = await supplierNamesById(req.scope, (rows as any[]).map((r) => r.supplier_org_id))
  return {
    emall_orders: (rows as any[]).map((r) => {
      const name = names.get(r.supplier_org_id)
      return { ...r, supplier: name === undefined ? null : { name }, order: byId.get(r.order_id) ?? null }
    }),
    count,
  }
}

/**
 * Supplier organizations' names by id (public in government procurement), in one query; ids of
 * missing or soft-deleted organizations are absent from the map (callers fall back to the id).
 */
export async function supplierNamesById(scope: MedusaRequest["scope"], ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))]
  if (!unique.length) return new Map()
  const organizations = scope.resolve(PROCUREMENT_ORGANIZATION_MODULE) as {
    listOrganizations(filters: Record<string, unknown>, config: Record<string, unknown>): Promise<{ id: string; name: string }[]>
  }
  const found = await organizations.listOrganizations({ id: unique }, { select: ["id", "name"], take: unique.length })
  return new Map(found.map((o) => [o.id, o.name]))
}
