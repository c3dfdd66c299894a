import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AUDIT_LOG_FIELDS } from "../../utils/query-fields"
import { AdminGetAuditLogParams } from "./validators"

export const adminAuditLogMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/audit-log",
    middlewares: [
      validateAndTransformQuery(AdminGetAuditLogParams, {
        defaults: AUDIT_LOG_FIELDS,
        allowed: AUDIT_LOG_FIELDS,
        defaultLimit: 50,
        isList: true,
      }),
    ],
  },
]
