import { defineLink } from "@medusajs/framework/utils"
import ResponseModule from "../modules/response"
import SolicitationModule from "../modules/solicitation"

/**
 * A solicitation has many responses. Read-only link over `solicitation_response.solicitation_id`
 * (no pivot table, no foreign key: the modules stay isolated; query.graph joins them).
 */
export default defineLink(
  { linkable: ResponseModule.linkable.solicitationResponse, field: "solicitation_id" },
  SolicitationModule.linkable.solicitation,
  { readOnly: true }
)
