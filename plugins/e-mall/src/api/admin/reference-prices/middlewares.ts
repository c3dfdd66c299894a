import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { requireListingReviewer } from "../../policies"
import { AdminRecordReferencePrice } from "./validators"

export const adminReferencePricesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/reference-prices*", middlewares: [requireListingReviewer as any] },
  {
    methods: ["POST"],
    matcher: "/admin/reference-prices",
    middlewares: [validateAndTransformBody(AdminRecordReferencePrice)],
  },
]
