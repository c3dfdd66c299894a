import { model } from "@medusajs/framework/utils"

/**
 * An expert identity challenge (domain/identity-challenge.ts): issued to one expert, answered
 * once with a signature by that expert's certificate before it expires. The nonce is not a
 * secret (the expert signs it); what matters is that it is fresh, single-use and short-lived.
 */
const IdentityChallenge = model
  .define("identity_challenge", {
    id: model.id({ prefix: "idch" }).primaryKey(),
    expert_id: model.text(),
    nonce: model.text().unique(),
    /** What the verification unlocks, e.g. "evaluation:<panel id>"; part of what is signed. */
    purpose: model.text(),
    issued_at: model.dateTime(),
    expires_at: model.dateTime(),
    /** Set once, when a valid answer arrives (business clock). */
    consumed_at: model.dateTime().nullable(),
    /** The expert certificate that answered. */
    certificate_serial: model.text().nullable(),
  })
  .indexes([{ on: ["expert_id", "issued_at"] }])

export default IdentityChallenge
