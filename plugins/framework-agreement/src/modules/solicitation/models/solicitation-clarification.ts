import { model } from "@medusajs/framework/utils"
import Solicitation from "./solicitation"

/**
 * A supplier's clarification question and the agency's public answer. The asker (asker_*) is
 * stored for the record and never shown through any route: answers are public, askers anonymous.
 */
const SolicitationClarification = model
  .define("solicitation_clarification", {
    id: model.id({ prefix: "solclar" }).primaryKey(),
    question: model.text(),
    /** The lot the question is about, if any (a lot of the same solicitation). */
    lot_id: model.text().nullable(),
    asker_actor_type: model.text(),
    asker_actor_id: model.text(),
    asker_org_id: model.text().nullable(),
    asked_at: model.dateTime(),
    answer: model.text().nullable(),
    answered_at: model.dateTime().nullable(),
    answered_by: model.text().nullable(),
    changes_documents: model.boolean().default(false),
    /** The response deadline before / after the answer (equal unless it was extended). */
    deadline_before: model.dateTime().nullable(),
    deadline_after: model.dateTime().nullable(),
    solicitation: model.belongsTo(() => Solicitation, { mappedBy: "clarifications" }),
  })
  .indexes([{ on: ["solicitation_id", "answered_at"] }])

export default SolicitationClarification
