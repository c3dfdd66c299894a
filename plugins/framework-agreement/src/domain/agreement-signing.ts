/**
 * Which signatures an agreement needs (pure). A closed agreement is signed by the shortlisted
 * supplier and the solicitor (`decideSigning`). An open agreement is the solicitor's standing
 * terms: only the solicitor signs it, and each supplier signs its own application to join
 * (membership), so its activation depends on the solicitor's signature alone.
 */
import { decideSigning, type SigningDecision } from "./agreement-lifecycle"

export type AgreementSide = "supplier" | "solicitor"

export function requiredSides(kind: "closed" | "open"): AgreementSide[] {
  return kind === "closed" ? ["supplier", "solicitor"] : ["solicitor"]
}

export function decideAgreementSigning(input: {
  kind: "closed" | "open"
  now: Date
  deadline: Date
  supplier_signed_at: Date | null
  solicitor_signed_at: Date | null
}): SigningDecision {
  const decision = decideSigning({
    now: input.now,
    deadline: input.deadline,
    solicitor_signed_at: input.solicitor_signed_at,
    // The solicitor's signature stands for the open agreement's supplier side (see above).
    supplier_signed_at: input.kind === "open" ? input.solicitor_signed_at : input.supplier_signed_at,
  })
  if (input.kind === "open" && decision.status === "pending_signature") return { ...decision, missing: ["solicitor"] }
  if (input.kind === "open" && decision.status === "lapsed") return { ...decision, fault: "solicitor" }
  return decision
}
