import { defineMiddlewares } from "@medusajs/framework/http"
import { adminAnnouncementsMiddlewares } from "./admin/announcements/middlewares"
import { adminAuditLogMiddlewares } from "./admin/audit-log/middlewares"
import { adminCalendarOverridesMiddlewares } from "./admin/calendar-overrides/middlewares"
import { adminInboxMiddlewares } from "./admin/inbox/middlewares"
import { storeAnnouncementsMiddlewares } from "./store/announcements/middlewares"
import { storeInboxMiddlewares } from "./store/inbox/middlewares"
import { organizationMiddlewares } from "./utils/organization-middlewares"

export default defineMiddlewares({
  routes: [
    ...storeAnnouncementsMiddlewares,
    ...storeInboxMiddlewares,
    ...adminAnnouncementsMiddlewares,
    ...adminAuditLogMiddlewares,
    ...adminCalendarOverridesMiddlewares,
    ...adminInboxMiddlewares,
    ...organizationMiddlewares,
  ],
})
