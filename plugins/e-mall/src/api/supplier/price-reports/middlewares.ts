import { authenticate, MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { requireSupplierOrganization } from "../../policies"
import { StoreGetPriceReportsParams } from "../../store/emall/validators"

export const supplierPriceReportsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/supplier/price-reports*",
    middlewares: [authenticate("supplier", ["bearer", "session"]), requireSupplierOrganization as any],
  },
  {
    methods: ["GET"],
    matcher: "/supplier/price-reports",
    middlewares: [validateAndTransformQuery(StoreGetPriceReportsParams as any, {})],
  },
]
