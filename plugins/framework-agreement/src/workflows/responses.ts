import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import { FrameworkAgreementEvents as Events } from "../events"
import type { ClearFields, SignedRecordJson } from "../modules/response/types"
import { loadOwnResponseStep, loadSubmissionContextStep } from "./steps/response-context"
import { decryptResponseStep, signedPlaintext, verifySubmittedSignatureStep } from "./steps/response-signature"
import { recordResponseOpeningStep, submitResponseStep, withdrawResponseStep } from "./steps/response-transitions"
import { captureDepositPaymentStep, recordDepositStep } from "./steps/pay-deposit"

export type SubmitResponseWorkflowInput = {
  solicitation_id: string
  lot_id: string
  supplier_org_id: string
  plaintext: ClearFields
  envelope: Record<string, unknown>
  signature: SignedRecordJson
  client_ip: string | null
  device_fingerprint: string | null
  mac: string | null
  /** Replace this live response of the supplier (withdrawn in the same transaction). */
  replaces_id?: string | null
  actor: AuditActor
}

/**
 * A supplier submits (or replaces) its sealed, signed response to one lot: context (404 / 400
 * `lot_id`, documents, catalog product) → signature and envelope checks → write under the
 * solicitation row lock (deadline, one live response, deposit) with its audit entry → event.
 */
export const submitResponseWorkflow = createWorkflow("submit-framework-response", (input: SubmitResponseWorkflowInput) => {
  const context = loadSubmissionContextStep({
    solicitation_id: input.solicitation_id,
    lot_id: input.lot_id,
    supplier_org_id: input.supplier_org_id,
    clear: input.plaintext,
  })
  const signer = verifySubmittedSignatureStep({ context, clear: input.plaintext, envelope: input.envelope, signature: input.signature })
  const submission = transform({ input, context, signer }, ({ input, context, signer }) => ({
    ...signedPlaintext(input.plaintext),
    solicitation_id: context.solicitation.id,
    lot_id: context.lot.id,
    lot_deposit_fen: context.lot.deposit_fen,
    supplier_org_id: context.supplier.id,
    supplier_uscc: context.supplier.uscc,
    envelope: input.envelope,
    signature: input.signature,
    signer_uscc: signer.signer_uscc,
    foreign_certificate: signer.foreign_certificate,
    client_ip: input.client_ip,
    device_fingerprint: input.device_fingerprint,
    mac: input.mac,
    replaces_id: input.replaces_id ?? null,
  }))
  const created = submitResponseStep({ submission, actor: input.actor })
  const data = transform({ created }, ({ created }) => ({
    id: created.id,
    solicitation_id: created.solicitation_id,
    lot_id: created.lot_id,
    supplier_org_id: created.supplier_org_id,
    replaces_id: created.replaces_id,
  }))
  emitEventStep({ eventName: Events.RESPONSE_SUBMITTED, data })
  return new WorkflowResponse(created)
})

export const withdrawResponseWorkflow = createWorkflow(
  "withdraw-framework-response",
  (input: { solicitation_id: string; response_id: string; supplier_org_id: string; actor: AuditActor }) => {
    loadOwnResponseStep(input)
    const withdrawn = withdrawResponseStep(input)
    const data = transform({ withdrawn }, ({ withdrawn }) => ({
      id: withdrawn.id,
      solicitation_id: withdrawn.solicitation_id,
      lot_id: withdrawn.lot_id,
      supplier_org_id: withdrawn.supplier_org_id,
    }))
    emitEventStep({ eventName: Events.RESPONSE_WITHDRAWN, data })
    return new WorkflowResponse(withdrawn)
  }
)

/**
 * A supplier releases its envelope's content key during the opening window: decrypt, verify
 * the signature again, decide (decideOpening), record. A key that does not open → 400, nothing
 * written.
 */
export const openResponseWorkflow = createWorkflow(
  "open-framework-response",
  (input: { solicitation_id: string; response_id: string; supplier_org_id: string; content_key: string; actor: AuditActor }) => {
    const context = loadOwnResponseStep(input)
    const decided = decryptResponseStep({ context, content_key: input.content_key })
    const opening = transform({ input, decided }, ({ input, decided }) => ({
      content_key: input.content_key,
      opened_content: decided.payload,
      verdict: decided.verdict,
      outcome: decided.outcome,
    }))
    const recorded = recordResponseOpeningStep({
      response_id: input.response_id,
      solicitation_id: input.solicitation_id,
      supplier_org_id: input.supplier_org_id,
      opening,
      actor: input.actor,
    })
    const data = transform({ recorded }, ({ recorded }) => ({
      id: recorded.id,
      solicitation_id: recorded.solicitation_id,
      status: recorded.status,
      reason: recorded.status_reason,
      foreign_certificate: recorded.foreign_certificate,
    }))
    emitEventStep({ eventName: Events.RESPONSE_OPENED, data })
    return new WorkflowResponse(recorded)
  }
)

/** The deposit for one lot, paid through the mock payment module before the response is submitted. */
export const payDepositWorkflow = createWorkflow(
  "pay-framework-response-deposit",
  (input: { solicitation_id: string; lot_id: string; supplier_org_id: string; account_number: string; confirmation_code?: string | null; actor: AuditActor }) => {
    const context = loadSubmissionContextStep({
      solicitation_id: input.solicitation_id,
      lot_id: input.lot_id,
      supplier_org_id: input.supplier_org_id,
      clear: { brand: "", product_model: "", specification: "", catalog_product_id: null, qualification_document_ids: [], warranty_months: 0, delivery_days: 1 },
    })
    const payment = captureDepositPaymentStep({ context, account_number: input.account_number, confirmation_code: input.confirmation_code })
    const deposit = recordDepositStep({ context, payment_id: payment.id, account_number: input.account_number, actor: input.actor })
    const data = transform({ deposit }, ({ deposit }) => ({
      id: deposit.id,
      solicitation_id: deposit.solicitation_id,
      lot_id: deposit.lot_id,
      supplier_org_id: deposit.supplier_org_id,
      amount_fen: deposit.amount_fen,
    }))
    emitEventStep({ eventName: Events.DEPOSIT_PAID, data })
    return new WorkflowResponse(deposit)
  }
)
