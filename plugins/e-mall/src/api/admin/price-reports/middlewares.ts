import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { adminPriceReportListConfig } from "./query-config"
import { AdminDismissPriceReport, AdminGetPriceReportsParams, AdminUpholdPriceReport } from "./validators"

export const adminPriceReportsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/price-reports",
    middlewares: [validateAndTransformQuery(AdminGetPriceReportsParams, adminPriceReportListConfig)],
  },
  { methods: ["POST"], matcher: "/admin/price-reports/:id/uphold", middlewares: [validateAndTransformBody(AdminUpholdPriceReport)] },
  { methods: ["POST"], matcher: "/admin/price-reports/:id/dismiss", middlewares: [validateAndTransformBody(AdminDismissPriceReport)] },
]
