import { model } from "@medusajs/framework/utils"
import { MEMBER_ACTOR_TYPES, MEMBER_ROLES, MEMBER_STATUSES } from "../../../domain/organization-lifecycle"
import Organization from "./organization"

/**
 * A person acting for an organization. `actor_type` + `actor_id` is what Medusa's auth puts in
 * `auth_context`: for `customer` / `user` the Medusa customer / user id, for the custom actors
 * `supplier` / `bank` the member's own id. One membership per actor.
 */
const Member = model
  .define("member", {
    id: model.id({ prefix: "mem" }).primaryKey(),
    organization: model.belongsTo(() => Organization, { mappedBy: "members" }),
    actor_type: model.enum([...MEMBER_ACTOR_TYPES]),
    actor_id: model.text(),
    role: model.enum([...MEMBER_ROLES]),
    email: model.text(),
    name: model.text(),
    status: model.enum([...MEMBER_STATUSES]).default("active"),
  })
  .indexes([{ on: ["actor_type", "actor_id"], unique: true }])

export default Member
