import type { MedusaRequest } from "@medusajs/framework/http"
import { adminCallerOf } from "@govmall/procurement-core/api/utils/admin-caller"
import { actorFromRequest } from "@govmall/procurement-core/api/utils/request-actor"
import { findSolicitation } from "../../utils/read"
import { adminSolicitationView } from "../../utils/views"

/** The audit actor and the scope actor of an /admin call (the role middleware resolved both). */
export function adminActors(req: MedusaRequest) {
  return { actor: actorFromRequest(req), caller: adminCallerOf(req) }
}

export async function refetchAdminSolicitation(req: MedusaRequest, id: string) {
  return adminSolicitationView(await findSolicitation(req, id))
}
