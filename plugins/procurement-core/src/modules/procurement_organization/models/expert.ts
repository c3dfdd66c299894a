import { model } from "@medusajs/framework/utils"
import { EXPERT_STATUSES } from "../../../domain/organization-lifecycle"

/**
 * An evaluation expert (评审专家), custom actor `expert` (actor_id = this id). The identity number
 * is never stored: only its masked form and a salted SHA-256 (unique) to refuse duplicates.
 * employer_uscc serves conflict-of-interest exclusion (an expert does not evaluate their
 * employer's response).
 */
const Expert = model
  .define("expert", {
    id: model.id({ prefix: "exp" }).primaryKey(),
    name: model.text(),
    id_number_masked: model.text(),
    id_number_hash: model.text(),
    /** Catalog item codes the expert may evaluate. */
    specialities: model.json(),
    employer_name: model.text().nullable(),
    employer_uscc: model.text().nullable(),
    region_code: model.text(),
    status: model.enum([...EXPERT_STATUSES]).default("active"),
    phone: model.text().nullable(),
    email: model.text(),
  })
  .indexes([
    { on: ["id_number_hash"], unique: true },
    { on: ["employer_uscc"] },
    { on: ["region_code", "status"] },
  ])

export default Expert
