import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PROCUREMENT_CALENDAR_MODULE } from "../../../modules/procurement_calendar"
import type ProcurementCalendarService from "../../../modules/procurement_calendar/service"
import { upsertCalendarOverrideWorkflow } from "../../../workflows/upsert-calendar-override"
import { actorFromRequest } from "../../utils/request-actor"
import type {
  AdminGetCalendarOverridesParamsType,
  AdminUpsertCalendarOverrideType,
} from "./validators"

/**
 * Overrides of ?year= (or all), and whether the installed chinese-days knows that year's
 * official arrangement (when it does not, the operator must enter the holidays).
 */
export const GET = async (
  req: MedusaRequest<unknown, AdminGetCalendarOverridesParamsType>,
  res: MedusaResponse
) => {
  const calendar = req.scope.resolve<ProcurementCalendarService>(PROCUREMENT_CALENDAR_MODULE)
  const year = req.validatedQuery.year as number | undefined
  const calendar_overrides = await calendar.listOverrides(year)
  res.json({
    calendar_overrides,
    ...(year === undefined ? {} : { year, base_calendar_covers_year: calendar.baseCalendarCoversYear(year) }),
  })
}

/** Creates or replaces the override of one date (audited). */
export const POST = async (req: MedusaRequest<AdminUpsertCalendarOverrideType>, res: MedusaResponse) => {
  const { result } = await upsertCalendarOverrideWorkflow(req.scope).run({
    input: { override: req.validatedBody, actor: actorFromRequest(req) },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [calendar_override],
  } = await query.graph({
    entity: "calendar_override",
    fields: ["id", "date", "is_working_day", "name", "note", "created_at", "updated_at"],
    filters: { id: result.id },
  })
  res.json({ calendar_override })
}
