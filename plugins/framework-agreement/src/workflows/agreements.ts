import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { AgreementDTO } from "../modules/framework-agreement/types"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import type { AgreementSide } from "../domain/agreement-signing"
import type { ScopeActor } from "../domain/solicitation-scope"
import { FrameworkAgreementEvents as Events } from "../events"
import { loadAgreementStep } from "./steps/agreement-context"
import {
  fileAgreementStep,
  generateAgreementsStep,
  signAgreementStep,
  signingDocumentOf,
  verifyAgreementSignatureStep,
} from "./steps/agreement-transitions"
import { notifyEligiblePurchasersStep } from "./steps/notify-purchasers"
import { prepareFrameworkAgreementsStep, type GenerateFrameworkAgreementsInput } from "./steps/prepare-agreements"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { SOLICITATION_MODULE } from "../modules/solicitation"
import { FRAMEWORK_AGREEMENT_MODULE } from "../modules/framework-agreement"

/** `caller` = the calling staff member's organization (scope checks); absent for trusted server code (the evaluation). */
type Staff = { actor: AuditActor; caller?: ScopeActor | null }

export const generateFrameworkAgreementsWorkflowId = "generate-framework-agreements"

/**
 * From a lot's shortlist to agreements pending signature: lock the lot → check the
 * solicitation (shortlist published, prices ≤ ceiling, approved suppliers) and render each
 * text from the template → create them (audited) → link them to the solicitation → one event
 * per agreement. The evaluation calls this with its shortlist; the agency may call it over HTTP.
 */
export const generateFrameworkAgreementsWorkflow = createWorkflow(
  generateFrameworkAgreementsWorkflowId,
  (input: GenerateFrameworkAgreementsInput & Staff) => {
    const key = transform({ input }, ({ input }) => `fa-agreement-lot:${input.lot_id}`)
    acquireLockStep({ key, timeout: 10, ttl: 60 })
    const prepared = prepareFrameworkAgreementsStep(input)
    const created = generateAgreementsStep({ prepared, actor: input.actor })
    const links = transform({ created }, ({ created }) =>
      created.map((a) => ({ [SOLICITATION_MODULE]: { solicitation_id: a.solicitation_id }, [FRAMEWORK_AGREEMENT_MODULE]: { framework_agreement_id: a.id } }))
    )
    createRemoteLinkStep(links)
    const events = transform({ created }, ({ created }) =>
      created.map((a) => ({ id: a.id, solicitation_id: a.solicitation_id, lot_id: a.lot_id, supplier_org_id: a.supplier_org_id, signing_deadline: a.signing_deadline }))
    )
    emitEventStep({ eventName: Events.AGREEMENT_GENERATED, data: events })
    releaseLockStep({ key })
    return new WorkflowResponse(created)
  }
)

/** Before any verification: an open agreement has no supplier side to sign. */
export const validateSigningSideStep = createStep(
  "validate-framework-agreement-signing-side",
  async (input: { agreement: AgreementDTO; side: AgreementSide }) => {
    if (input.side === "supplier" && input.agreement.kind === "open") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `framework agreement ${input.agreement.id} is open: suppliers join it by application, they do not sign it`
      )
    }
    return new StepResponse(input.side)
  }
)

export type SignFrameworkAgreementInput = Staff & {
  id: string
  side: AgreementSide
  /** The calling supplier organization (side supplier: its own agreement only); ignored for the solicitor. */
  party_org_id?: string | null
  record: Record<string, unknown>
}

/**
 * One side signs: load (scope) → verify the CA signature of the stored text → lock, check the
 * window and that this side has not signed, write (→ active with both signatures) → when
 * activated: push to eligible purchasers → events.
 */
export const signFrameworkAgreementWorkflow = createWorkflow("sign-framework-agreement", (input: SignFrameworkAgreementInput) => {
  const agreement = loadAgreementStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      caller: input.caller,
      scope: input.side === "supplier" ? ("supplier" as const) : ("manage" as const),
      supplier_org_id: input.side === "supplier" ? input.party_org_id ?? null : null,
    }))
  )
  validateSigningSideStep({ agreement, side: input.side })
  // The signer must be the agreement's own party (the owning agency, the named supplier), whoever calls.
  const party = transform({ agreement, input }, ({ agreement, input }) =>
    input.side === "supplier" ? (agreement.supplier_org_id as string) : agreement.owner_org_id
  )
  const document = transform({ agreement }, ({ agreement }) => signingDocumentOf(agreement))
  const signature = verifyAgreementSignatureStep({ document, party_org_id: party, record: input.record })
  const result = signAgreementStep({ id: input.id, side: input.side, signature, signed_by: party, actor: input.actor })
  const pushed = notifyEligiblePurchasersStep(
    transform({ result, input }, ({ result, input }) => ({ agreement: result.agreement, activated: result.activated, actor: input.actor }))
  )
  emitEventStep({ eventName: Events.AGREEMENT_SIGNED, data: { id: input.id, side: input.side } })
  when("fa-agreement-activated", { result }, ({ result }) => result.activated).then(() => {
    emitEventStep({
      eventName: Events.AGREEMENT_ACTIVATED,
      data: transform({ result }, ({ result }) => ({
        id: result.agreement.id,
        starts_at: result.agreement.starts_at,
        ends_at: result.agreement.ends_at,
        filing_due_at: result.agreement.filing_due_at,
      })),
    }).config({ name: "emit-agreement-activated" })
    emitEventStep({
      eventName: Events.AGREEMENT_PUSHED,
      data: transform({ pushed, input }, ({ pushed, input }) => ({ id: input.id, notified: pushed.notified })),
    }).config({ name: "emit-agreement-pushed" })
  })
  return new WorkflowResponse(result.agreement)
})

/** The solicitor files (备案) the signed agreement with its province's regulator. */
export const fileFrameworkAgreementWorkflow = createWorkflow("file-framework-agreement", (input: Staff & { id: string }) => {
  loadAgreementStep({ id: input.id, caller: input.caller, scope: "manage" })
  const filed = fileAgreementStep({ id: input.id, change: "file", actor: input.actor })
  emitEventStep({ eventName: Events.AGREEMENT_FILED, data: transform({ filed }, ({ filed }) => ({ id: filed.id, filed_at: filed.filed_at })) })
  return new WorkflowResponse(filed)
})

/** The regulator of the agreement's province acknowledges the filing. */
export const acknowledgeFrameworkAgreementFilingWorkflow = createWorkflow(
  "acknowledge-framework-agreement-filing",
  (input: Staff & { id: string }) => {
    loadAgreementStep({ id: input.id, caller: input.caller, scope: "review", action: "acknowledge the filing of" })
    const acknowledged = fileAgreementStep({ id: input.id, change: "acknowledge_filing", actor: input.actor })
    emitEventStep({ eventName: Events.FILING_ACKNOWLEDGED, data: { id: input.id } })
    return new WorkflowResponse(acknowledged)
  }
)
