import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAnnouncementWorkflow } from "../../../workflows/create-announcement"
import { announcementReadFilter } from "../../../domain/announcement-scope"
import { adminCallerOf } from "../../utils/admin-caller"
import { actorFromRequest } from "../../utils/request-actor"
import { refetchAnnouncement } from "./helpers"
import type { AdminCreateAnnouncementType } from "./validators"

/**
 * Announcements the caller may read (`domain/announcement-scope.ts`: public ones, its own
 * organization's drafts, a regulator's province's drafts; platform staff: all), newest first;
 * filters status, type, region_code, related_*, q.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const visible = announcementReadFilter(adminCallerOf(req))
  const { data: announcements, metadata } = await query.graph({
    entity: "announcement",
    fields: req.queryConfig.fields,
    filters: visible ? { ...req.filterableFields, $and: [{ $or: visible }] } : req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    announcements,
    count: metadata?.count,
    offset: metadata?.skip,
    limit: metadata?.take,
  })
}

/** Creates a draft. */
export const POST = async (req: MedusaRequest<AdminCreateAnnouncementType>, res: MedusaResponse) => {
  const { result } = await createAnnouncementWorkflow(req.scope).run({
    input: { announcement: req.validatedBody, actor: actorFromRequest(req) },
  })
  res.status(201).json({ announcement: await refetchAnnouncement(req, result.id) })
}
