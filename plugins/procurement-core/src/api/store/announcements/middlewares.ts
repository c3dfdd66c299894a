import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { storeAnnouncementListConfig, storeAnnouncementRetrieveConfig } from "./query-config"
import { StoreGetAnnouncementParams, StoreGetAnnouncementsParams } from "./validators"

export const storeAnnouncementsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/announcements",
    middlewares: [validateAndTransformQuery(StoreGetAnnouncementsParams, storeAnnouncementListConfig)],
  },
  {
    methods: ["GET"],
    matcher: "/store/announcements/:id",
    middlewares: [validateAndTransformQuery(StoreGetAnnouncementParams, storeAnnouncementRetrieveConfig)],
  },
]
