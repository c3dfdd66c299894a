import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { ANNOUNCEMENT_TYPES } from "../../../domain/announcement-lifecycle"
import { pageParams } from "../../utils/page-params"

export const StoreGetAnnouncementsParams = createFindParams({
  offset: 0,
  limit: 20,
  order: "-published_at",
})
  .omit({ with_deleted: true })
  .extend({
    ...pageParams({ limit: 20 }),
    type: z.enum(ANNOUNCEMENT_TYPES).optional(),
    region_code: z.string().regex(/^\d{6}$/, "region_code must be a 6-digit division code").optional(),
    /** Searches the title. */
    q: z.string().trim().min(1).max(100).optional(),
    /** "published" (default) or "withdrawn". */
    status: z.enum(["published", "withdrawn"]).optional(),
  })
export type StoreGetAnnouncementsParamsType = z.infer<typeof StoreGetAnnouncementsParams>

export const StoreGetAnnouncementParams = createSelectParams()
