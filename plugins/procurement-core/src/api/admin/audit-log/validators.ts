import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { pageParams } from "../../utils/page-params"

export const AdminGetAuditLogParams = createFindParams({
  offset: 0,
  limit: 50,
  order: "-occurred_at",
})
  .omit({ with_deleted: true })
  .extend({
    ...pageParams({ limit: 50, max: 500 }),
    record_type: z.string().min(1).optional(),
    record_id: z.string().min(1).optional(),
    actor_type: z.string().min(1).optional(),
    actor_id: z.string().min(1).optional(),
    organization_id: z.string().min(1).optional(),
    action: z.string().min(1).optional(),
  })
  .refine((params) => !params.record_id || params.record_type, {
    message: "record_type is required with record_id",
    path: ["record_type"],
  })
