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
import { refuseCustomerSignUp } from "./utils/refuse-customer-sign-up"

export default defineMiddlewares({
  routes: [
    // Every /admin route, Medusa's core ones included: a global middleware (no `methods`) is
    // sorted before all route-specific middlewares and handlers; see admin-access-middleware.ts.
    { matcher: "/admin*", middlewares: [adminAccessMiddleware] },
    // Purchasers are enrolled, never self-registered (see refuse-customer-sign-up.ts).
    { methods: ["POST"], matcher: "/auth/customer/:auth_provider/register", middlewares: [refuseCustomerSignUp] },
    { methods: ["POST"], matcher: "/store/customers", middlewares: [refuseCustomerSignUp] },
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
