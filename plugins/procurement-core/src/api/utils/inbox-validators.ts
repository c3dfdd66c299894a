import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { pageParams } from "./page-params"

export const GetInboxParams = createFindParams({ offset: 0, limit: 20, order: "-created_at" })
  .omit({ with_deleted: true })
  .extend({
    ...pageParams({ limit: 20 }),
    unread_only: z.preprocess(
      (value) => (value === "true" ? true : value === "false" ? false : value),
      z.boolean().optional()
    ),
    category: z.string().min(1).optional(),
  })
export type GetInboxParamsType = z.infer<typeof GetInboxParams>

export const MarkInboxMessageRead = z.object({}).strict()
