import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import type { ProcurementOrganizationService } from "@govmall/procurement-core/modules/procurement_organization"
import { agreementSigningDocument } from "../../domain/agreement-document"
import type { AgreementSide } from "../../domain/agreement-signing"
import { agreementStateOf } from "../../modules/framework-agreement/service"
import type { AgreementDTO, AgreementState, GenerateAgreementsInput, StoredSignature } from "../../modules/framework-agreement/types"
import { agreementService, calendarOf } from "./agreement-context"

/*
 * One step per agreement transition: each calls one service method that locks the row, checks
 * the table, writes the milestone and audits in one transaction; the compensation puts the
 * transition fields back (audited `…_compensated`).
 */

type Resolver = { resolve: <T>(key: string) => T }
type Undo = { id: string; previous: AgreementState; action: string; actor: AuditActor; membership_id?: string | null }

export const restoreAgreement = async (undo: Undo | undefined, { container }: { container: Resolver }) => {
  if (!undo) return
  if (undo.membership_id) await agreementService(container).deleteAgreementMemberships(undo.membership_id)
  await agreementService(container).restoreAgreementState(undo.id, undo.previous, undo.action, undo.actor)
}

export const generateAgreementsStep = createStep(
  "generate-framework-agreements",
  async (input: { prepared: GenerateAgreementsInput; actor: AuditActor }, { container }) => {
    const created = await agreementService(container).generateAgreements(input.prepared, input.actor)
    return new StepResponse(created, created.map((a) => a.id))
  },
  async (ids, { container }) => {
    // Agreements nobody signed yet, from a generation a later step could not finish (their audit entries stay).
    if (ids?.length) await agreementService(container).deleteFrameworkAgreements(ids)
  }
)

/** The document a side of this agreement signs (domain/agreement-document.ts). */
export const signingDocumentOf = (a: AgreementDTO) => agreementSigningDocument(a)

/**
 * Verifies a signature of a signing document with e-signature (chain, validity,
 * revocation, signing time on receipt, signer = the expected party's USCC). Throws NOT_ALLOWED
 * naming the reason codes (`digest_mismatch` for a tampered text, `wrong_signer`, `revoked` …).
 */
export const verifyAgreementSignatureStep = createStep(
  "verify-framework-agreement-signature",
  async (input: { document: unknown; party_org_id: string; record: Record<string, unknown> }, { container }) => {
    const orgs = container.resolve<ProcurementOrganizationService>("procurement_organization")
    const [party] = await orgs.listOrganizations({ id: input.party_org_id }, { take: 1 })
    if (!party?.uscc) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `organization ${input.party_org_id} has no USCC: it cannot sign with a CA certificate`)
    }
    const esign = container.resolve<{
      assertSignatureOnReceipt(i: unknown): Promise<{ signer: { serial?: string; subject_id?: string; display_name?: string } | null }>
    }>("e_signature")
    const record = {
      signature: input.record.signature,
      certificate_serial: input.record.certificate_serial,
      signed_at: input.record.signed_at,
      algorithm: input.record.algorithm,
    }
    const result = await esign.assertSignatureOnReceipt({
      document: input.document,
      record,
      expected_subject_id: party.uscc,
      expected_subject_kind: "organization",
    })
    const stored: StoredSignature = {
      ...(record as Omit<StoredSignature, "signer">),
      signer: { serial: result.signer?.serial ?? null, subject_id: result.signer?.subject_id ?? null, display_name: result.signer?.display_name ?? null },
    }
    return new StepResponse(stored)
  }
)

export const signAgreementStep = createStep(
  "sign-framework-agreement",
  async (input: { id: string; side: AgreementSide; signature: StoredSignature; signed_by: string; actor: AuditActor }, { container }) => {
    const service = agreementService(container)
    const result = await service.signAgreement(
      input.id,
      { side: input.side, signature: input.signature, signed_by: input.signed_by },
      await calendarOf(container),
      input.actor
    )
    return new StepResponse(result, {
      id: input.id,
      previous: result.previous,
      action: `framework_agreement.signed_by_${input.side}`,
      actor: input.actor,
      membership_id: result.membership_id,
    })
  },
  restoreAgreement
)

type Change = "file" | "acknowledge_filing"

/** Filing (备案) by the solicitor within 7 working days of signing, acknowledged by the province's regulator. */
export const fileAgreementStep = createStep(
  "file-framework-agreement",
  async (input: { id: string; change: Change; actor: AuditActor }, { container }) => {
    const service = agreementService(container)
    const before = await service.retrieveAgreement(input.id)
    const action = input.change === "file" ? "framework_agreement.filed" : "framework_agreement.filing_acknowledged"
    const after = await service.changeAgreement(
      input.id,
      action,
      (a, now) => {
        if (a.status !== "active") {
          throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `framework agreement ${a.id} is ${a.status}: only a signed, active agreement is filed`)
        }
        if (input.change === "file") {
          if (a.filed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `framework agreement ${a.id} is already filed`)
          return { filed_at: now, filed_by: input.actor.actor_id }
        }
        if (!a.filed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `framework agreement ${a.id} has not been filed yet`)
        if (a.filing_acknowledged_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `the filing of framework agreement ${a.id} is already acknowledged`)
        return { filing_acknowledged_at: now, filing_acknowledged_by: input.actor.actor_id }
      },
      input.actor
    )
    return new StepResponse(after!, { id: input.id, previous: agreementStateOf(before), action, actor: input.actor })
  },
  restoreAgreement
)

/** A milestone change decided at the lock (lapse, expiry, warnings, termination after a removal): null when no longer due. */
export const agreementMilestoneStep = createStep(
  "change-framework-agreement-milestone",
  async (
    input: { id: string; change: "lapse" | "expire" | "warn_signing" | "warn_filing" | "terminate_removed"; actor: AuditActor },
    { container }
  ) => {
    const service = agreementService(container)
    const before = await service.retrieveAgreement(input.id)
    const after =
      input.change === "lapse"
        ? await service.lapseIfOverdue(input.id, input.actor)
        : input.change === "expire"
          ? await service.expireIfOver(input.id, input.actor)
          : input.change === "terminate_removed"
            ? await service.terminate(input.id, "supplier_removed", input.actor)
          : await service.changeAgreement(
              input.id,
              `framework_agreement.${input.change === "warn_signing" ? "signing_deadline_warned" : "filing_overdue_warned"}`,
              (a, now) =>
                input.change === "warn_signing"
                  ? a.status === "pending_signature" && !a.signing_warned_at ? { signing_warned_at: now } : false
                  : a.status === "active" && !a.filed_at && !a.filing_warned_at ? { filing_warned_at: now } : false,
              input.actor
            )
    return new StepResponse(after, after ? { id: input.id, previous: agreementStateOf(before), action: `framework_agreement.${input.change}`, actor: input.actor } : undefined)
  },
  restoreAgreement
)
