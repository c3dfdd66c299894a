import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { requireListingReviewer } from "../../policies"
import { adminOfferListConfig } from "./query-config"
import { AdminApproveOffer, AdminGetOffersParams, AdminRejectOffer } from "./validators"

export const adminOffersMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/offers*",
    middlewares: [requireListingReviewer as any],
  },
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
