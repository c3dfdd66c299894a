import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { AdminGetCalendarOverridesParams, AdminUpsertCalendarOverride } from "./validators"

const overrideFields = ["id", "date", "is_working_day", "name", "note", "created_at", "updated_at"]

export const adminCalendarOverridesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/calendar-overrides",
    middlewares: [
      validateAndTransformQuery(AdminGetCalendarOverridesParams, {
        defaults: overrideFields,
        isList: false,
      }),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/calendar-overrides",
    middlewares: [validateAndTransformBody(AdminUpsertCalendarOverride)],
  },
]
