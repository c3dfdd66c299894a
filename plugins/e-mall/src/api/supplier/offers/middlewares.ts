import { authenticate, MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { requireSupplierOrganization } from "../../policies"
import { supplierOfferListConfig } from "./helpers"
import {
  SupplierChangePrice,
  SupplierCreateOffer,
  SupplierEmptyBody,
  SupplierGetOffersParams,
  SupplierUpdateOffer,
  SupplierWithdrawOffer,
} from "./validators"

/*
 * CORS for /supplier* is applied by @govmall/procurement-core (its actorCors middleware on
 * "/supplier*"); adding a second one here would answer preflights twice.
 */
export const supplierOffersMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/supplier/offers*",
    middlewares: [authenticate("supplier", ["bearer", "session"]), requireSupplierOrganization as any],
  },
  {
    methods: ["GET"],
    matcher: "/supplier/offers",
    middlewares: [validateAndTransformQuery(SupplierGetOffersParams, supplierOfferListConfig)],
  },
  { methods: ["POST"], matcher: "/supplier/offers", middlewares: [validateAndTransformBody(SupplierCreateOffer)] },
  { methods: ["POST"], matcher: "/supplier/offers/:id", middlewares: [validateAndTransformBody(SupplierUpdateOffer)] },
  { methods: ["POST"], matcher: "/supplier/offers/:id/price", middlewares: [validateAndTransformBody(SupplierChangePrice)] },
  { methods: ["POST"], matcher: "/supplier/offers/:id/submit", middlewares: [validateAndTransformBody(SupplierEmptyBody)] },
  { methods: ["POST"], matcher: "/supplier/offers/:id/withdraw", middlewares: [validateAndTransformBody(SupplierWithdrawOffer)] },
]
