import { authenticate, MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { requireSupplierOrganization } from "../../policies"
import { StoreGetEmallOrdersParams } from "../../store/emall/validators"
import { SupplierConfirmOrder, SupplierDeclineOrder } from "./validators"

export const supplierOrdersMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/supplier/orders*",
    middlewares: [authenticate("supplier", ["bearer", "session"]), requireSupplierOrganization as any],
  },
  { methods: ["GET"], matcher: "/supplier/orders", middlewares: [validateAndTransformQuery(StoreGetEmallOrdersParams as any, {})] },
  { methods: ["POST"], matcher: "/supplier/orders/:id/confirm", middlewares: [validateAndTransformBody(SupplierConfirmOrder)] },
  { methods: ["POST"], matcher: "/supplier/orders/:id/decline", middlewares: [validateAndTransformBody(SupplierDeclineOrder)] },
]
