import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { adminOfferListConfig } from "./query-config"
import { AdminApproveOffer, AdminGetOffersParams, AdminRejectOffer } from "./validators"

/** Validation only: who may call is decided by procurement-core's admin access table. */
export const adminOffersMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/offers",
    middlewares: [validateAndTransformQuery(AdminGetOffersParams, adminOfferListConfig)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/offers/:id/approve",
    middlewares: [validateAndTransformBody(AdminApproveOffer)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/offers/:id/reject",
    middlewares: [validateAndTransformBody(AdminRejectOffer)],
  },
]
