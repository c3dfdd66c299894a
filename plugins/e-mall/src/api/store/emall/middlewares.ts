import { authenticate, MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { requirePurchasingUnit } from "../../policies"
import {
  StoreAddOfferToCart,
  StoreCompleteEmallCart,
  StoreCreatePriceReport,
  StoreDirectPurchase,
  StoreGetEmallOrdersParams,
  StoreGetPriceReportsParams,
} from "./validators"

export const storeEmallMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/emall*",
    middlewares: [authenticate("customer", ["bearer", "session"]), requirePurchasingUnit as any],
  },
  { methods: ["POST"], matcher: "/store/emall/carts/:id/offers", middlewares: [validateAndTransformBody(StoreAddOfferToCart)] },
  { methods: ["POST"], matcher: "/store/emall/carts/:id/complete", middlewares: [validateAndTransformBody(StoreCompleteEmallCart)] },
  { methods: ["POST"], matcher: "/store/emall/direct-purchase", middlewares: [validateAndTransformBody(StoreDirectPurchase)] },
  { methods: ["GET"], matcher: "/store/emall/orders", middlewares: [validateAndTransformQuery(StoreGetEmallOrdersParams as any, {})] },
  { methods: ["POST"], matcher: "/store/emall/price-reports", middlewares: [validateAndTransformBody(StoreCreatePriceReport)] },
  {
    methods: ["GET"],
    matcher: "/store/emall/price-reports",
    middlewares: [validateAndTransformQuery(StoreGetPriceReportsParams as any, {})],
  },
]
