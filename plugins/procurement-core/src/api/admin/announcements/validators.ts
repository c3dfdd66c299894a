import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { ANNOUNCEMENT_STATUSES, ANNOUNCEMENT_TYPES } from "../../../domain/announcement-lifecycle"
import { pageParams } from "../../utils/page-params"

const regionCode = z.string().regex(/^\d{6}$/, "region_code must be a 6-digit division code (GB/T 2260)")

export const AdminGetAnnouncementsParams = createFindParams({
  offset: 0,
  limit: 20,
  order: "-created_at",
})
  .omit({ with_deleted: true })
  .extend({
    ...pageParams({ limit: 20 }),
    status: z.enum(ANNOUNCEMENT_STATUSES).optional(),
    type: z.enum(ANNOUNCEMENT_TYPES).optional(),
    region_code: regionCode.optional(),
    related_type: z.string().optional(),
    related_id: z.string().optional(),
    q: z.string().trim().min(1).max(100).optional(),
  })

export const AdminGetAnnouncementParams = createSelectParams()

export const AdminCreateAnnouncement = z
  .object({
    type: z.enum(ANNOUNCEMENT_TYPES),
    title: z.string().trim().min(1, "title must not be empty").max(300),
    body: z.string().trim().min(1, "body must not be empty").max(200_000),
    related_type: z.string().trim().min(1).max(100).nullish(),
    related_id: z.string().trim().min(1).max(100).nullish(),
    region_code: regionCode.nullish(),
  })
  .strict()
export type AdminCreateAnnouncementType = z.infer<typeof AdminCreateAnnouncement>

export const AdminPublishAnnouncement = z.object({}).strict()

export const AdminWithdrawAnnouncement = z
  .object({
    reason: z
      .string({ error: "reason is required" })
      .trim()
      .min(1, "reason is required")
      .max(2_000),
  })
  .strict()
export type AdminWithdrawAnnouncementType = z.infer<typeof AdminWithdrawAnnouncement>
