import { model } from "@medusajs/framework/utils"

/**
 * The opening (开标) of one solicitation: when the agency opened it, the window in which
 * suppliers release their content keys, when it was closed, and the collusion clues computed
 * from the captured submission data at the close.
 */
const ResponseOpening = model
  .define("response_opening", {
    id: model.id({ prefix: "respopen" }).primaryKey(),
    solicitation_id: model.text(),
    opened_at: model.dateTime(),
    opened_by: model.text(),
    window_closes_at: model.dateTime(),
    closed_at: model.dateTime().nullable(),
    closed_by: model.text().nullable(),
    /** collusion-clues.ts output, stored as computed. */
    clues: model.json().nullable(),
    clue_count: model.number().default(0),
    invalid_count: model.number().default(0),
  })
  .indexes([{ on: ["solicitation_id"], unique: true, where: "deleted_at IS NULL" }])

export default ResponseOpening
