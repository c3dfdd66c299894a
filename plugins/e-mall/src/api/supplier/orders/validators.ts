import { z } from "@medusajs/framework/zod"

export const SupplierDeclineOrder = z
  .object({ reason: z.string({ error: "reason is required" }).trim().min(1, "reason is required").max(1000) })
  .strict()
export type SupplierDeclineOrderType = z.infer<typeof SupplierDeclineOrder>

export const SupplierConfirmOrder = z.object({}).strict()
