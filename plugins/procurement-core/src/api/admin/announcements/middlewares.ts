import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { adminAnnouncementListConfig, adminAnnouncementRetrieveConfig } from "./query-config"
import {
  AdminCreateAnnouncement,
  AdminGetAnnouncementParams,
  AdminGetAnnouncementsParams,
  AdminPublishAnnouncement,
  AdminWithdrawAnnouncement,
} from "./validators"

export const adminAnnouncementsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/announcements",
    middlewares: [validateAndTransformQuery(AdminGetAnnouncementsParams, adminAnnouncementListConfig)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/announcements",
    middlewares: [
      validateAndTransformBody(AdminCreateAnnouncement),
      validateAndTransformQuery(AdminGetAnnouncementParams, adminAnnouncementRetrieveConfig),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/announcements/:id",
    middlewares: [validateAndTransformQuery(AdminGetAnnouncementParams, adminAnnouncementRetrieveConfig)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/announcements/:id/publish",
    middlewares: [
      validateAndTransformBody(AdminPublishAnnouncement),
      validateAndTransformQuery(AdminGetAnnouncementParams, adminAnnouncementRetrieveConfig),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/announcements/:id/withdraw",
    middlewares: [
      validateAndTransformBody(AdminWithdrawAnnouncement),
      validateAndTransformQuery(AdminGetAnnouncementParams, adminAnnouncementRetrieveConfig),
    ],
  },
]
