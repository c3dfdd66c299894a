import { defineMiddlewares } from "@medusajs/framework/http"
import { adminAnnouncementsMiddlewares } from "./admin/announcements/middlewares"
import { adminAuditLogMiddlewares } from "./admin/audit-log/middlewares"
import { adminCalendarOverridesMiddlewares } from "./admin/calendar-overrides/middlewares"
import { adminInboxMiddlewares } from "./admin/inbox/middlewares"
import { storeAnnouncementsMiddlewares } from "./store/announcements/middlewares"
import { storeInboxMiddlewares } from "./store/inbox/middlewares"
import { adminAccessMiddleware } from "./utils/admin-access-middleware"
import { documentMiddlewares } from "./utils/document-middlewares"
import { organizationMiddlewares } from "./utils/organization-middlewares"

export default defineMiddlewares({
  routes: [
    // Every /admin route, Medusa's core ones included: a global middleware (no `methods`) is
    // sorted before all route-specific middlewares and handlers; see admin-access-middleware.ts.
    { matcher: "/admin*", middlewares: [adminAccessMiddleware] },
    ...storeAnnouncementsMiddlewares,
    ...storeInboxMiddlewares,
    ...adminAnnouncementsMiddlewares,
    ...adminAuditLogMiddlewares,
    ...adminCalendarOverridesMiddlewares,
    ...adminInboxMiddlewares,
    ...organizationMiddlewares,
    ...documentMiddlewares,
  ],
})
