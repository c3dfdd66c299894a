import { z } from "@medusajs/framework/zod"
import { isDateString } from "../../../domain/clock"

export const AdminGetCalendarOverridesParams = z.object({
  year: z.coerce.number().int().min(1900).max(9999).optional(),
})
export type AdminGetCalendarOverridesParamsType = z.infer<typeof AdminGetCalendarOverridesParams>

export const AdminUpsertCalendarOverride = z
  .object({
    date: z.string().refine(isDateString, "date must be a calendar date YYYY-MM-DD (Asia/Shanghai)"),
    is_working_day: z.boolean({ error: "is_working_day must be true or false" }),
    name: z.string().trim().max(100).nullish(),
    note: z.string().trim().max(1_000).nullish(),
  })
  .strict()
export type AdminUpsertCalendarOverrideType = z.infer<typeof AdminUpsertCalendarOverride>
