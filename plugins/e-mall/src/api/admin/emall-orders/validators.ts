import { z } from "@medusajs/framework/zod"
import { EMALL_ORDER_STATUSES } from "../../../domain/emall-order-lifecycle"

export const AdminGetEmallOrdersParams = z
  .object({
    status: z.enum([...EMALL_ORDER_STATUSES] as [string, ...string[]]).optional(),
    supplier_org_id: z.string().trim().min(1).optional(),
    purchasing_unit_org_id: z.string().trim().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminGetEmallOrdersParamsType = z.infer<typeof AdminGetEmallOrdersParams>
