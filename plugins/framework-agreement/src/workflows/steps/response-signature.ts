import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"
import { assertSealedEnvelope, openSealedEnvelope, SealedEnvelopeError } from "@govmall/e-signature/domain/open-envelope"
import { responseSigningPayload } from "@govmall/e-signature/domain/response-signing-payload"
import { responseSignatureVerdict, type ResponseSignatureVerdict } from "@govmall/e-signature/domain/verify-response-signature"
import type { SealedEnvelope } from "@govmall/e-signature/domain/sealed-envelope"
import { checkSigningTimeOnReceipt, type ESignatureService } from "@govmall/e-signature/modules/e_signature"
import { decideOpening, type OpeningOutcome } from "../../domain/open-response"
import type { ClearFields, ResponseDTO, SignedRecordJson } from "../../modules/response/types"
import { isOpeningWindowOpen } from "../../domain/opening-window"
import { responseService, type SupplierContext } from "./response-context"

type Resolver = { resolve: <T>(key: string) => T }
const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** The clear fields exactly as signed (all seven keys, catalog_product_id null when none). */
export function signedPlaintext(clear: ClearFields): ClearFields {
  return {
    brand: clear.brand,
    product_model: clear.product_model,
    specification: clear.specification,
    catalog_product_id: clear.catalog_product_id ?? null,
    qualification_document_ids: [...(clear.qualification_document_ids ?? [])],
    warranty_months: clear.warranty_months,
    delivery_days: clear.delivery_days,
  }
}

async function verdictOf(
  container: Resolver,
  ids: { solicitation_id: string; lot_id: string; supplier_organization_id: string },
  clear: ClearFields,
  envelope: SealedEnvelope,
  record: SignedRecordJson,
  supplierUscc: string
): Promise<ResponseSignatureVerdict> {
  const result = await container.resolve<ESignatureService>("e_signature").verifyDocumentSignature({
    document: responseSigningPayload({ ...ids, plaintext: signedPlaintext(clear), envelope }),
    signature: record.signature,
    certificate_serial: record.certificate_serial,
    signed_at: record.signed_at,
    algorithm: record.algorithm as never,
    expected_subject_id: supplierUscc,
    expected_subject_kind: "organization",
  })
  return responseSignatureVerdict(result, envelope, supplierUscc)
}

/** Only `wrong_signer` (another party's certificate) leaves the signature itself sound. */
const soundButForeign = (verdict: ResponseSignatureVerdict) => verdict.reasons.length > 0 && verdict.reasons.every((r) => r.code === "wrong_signer")

export const verifySubmittedSignatureStepId = "verify-submitted-response-signature"

/**
 * At submission: the envelope is well formed and bound to this solicitation, lot and supplier;
 * the signature was made just now (±5 min of the business clock) and verifies — chain to the
 * platform CA, not revoked, over exactly these clear fields and this envelope, and the envelope
 * is sealed to the signing certificate. Anything else is refused (400 naming the reasons).
 *
 * One exception, by decision: a signature that is sound but made with **another party's
 * certificate** (`wrong_signer` alone) is accepted and flagged, not refused. Using another
 * bidder's certificate is a collusion clue (seed notice item 6; Order 87 Art 37) that the panel
 * and the regulator must see; refusing it would let the pair retry with the right key and leave
 * no trace. The opening disqualifies such a response (`foreign_certificate`) and the clue is
 * computed. The sealed content cannot be checked here.
 */
export const verifySubmittedSignatureStep = createStep(
  verifySubmittedSignatureStepId,
  async (input: { context: SupplierContext; clear: ClearFields; envelope: unknown; signature: SignedRecordJson }, { container }) => {
    const { solicitation, lot, supplier } = input.context
    try {
      assertSealedEnvelope(input.envelope)
    } catch (error) {
      throw invalid(`envelope: ${(error as Error).message}`)
    }
    const envelope = input.envelope as SealedEnvelope
    const ids = { solicitation_id: solicitation.id, lot_id: lot.id, supplier_organization_id: supplier.id }
    for (const [key, value] of Object.entries(ids)) {
      if (envelope.context[key] !== value) {
        throw invalid(`envelope.context.${key} is ${JSON.stringify(envelope.context[key] ?? null)}, not ${value}: seal the response for this solicitation, lot and supplier`)
      }
    }
    const fresh = checkSigningTimeOnReceipt(input.signature.signed_at, procurementClock.now())
    if (!fresh.ok) throw invalid(`signature.signed_at: ${fresh.message}`)
    const verdict = await verdictOf(container, ids, input.clear, envelope, input.signature, supplier.uscc)
    if (!verdict.valid && !soundButForeign(verdict)) {
      throw invalid(`signature refused: ${verdict.reasons.map((r) => `${r.code} (${r.message})`).join("; ")}`)
    }
    return new StepResponse({
      signer_uscc: verdict.certificate_subject_org?.uscc ?? null,
      foreign_certificate: verdict.foreign_certificate,
    })
  }
)

export const decryptResponseStepId = "decrypt-response"

/**
 * At the opening: the supplier's content key opens its envelope (checked against the key
 * commitment, the context and the recipient certificate it was stored with); a key that does
 * not open it is refused (400 naming the code) and nothing is written — the supplier may try
 * again until the window closes. Then the signature is verified again and `decideOpening`
 * decides: invalid (unverifiable), disqualified (another party's certificate, price not a
 * whole number of fen, price above the lot's maximum unit price) or opened.
 */
export const decryptResponseStep = createStep(
  decryptResponseStepId,
  async (input: { context: SupplierContext & { response: ResponseDTO; now: Date }; content_key: string }, { container }) => {
    const { response, lot, supplier } = input.context
    // Not even decrypted in memory outside the window (the write re-checks under the lock).
    const opening = await responseService(container).openingOf(response.solicitation_id)
    if (!opening) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `solicitation ${response.solicitation_id} has not been opened yet: content keys are taken only during the opening`)
    }
    if (!isOpeningWindowOpen(opening, procurementClock.now())) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `the opening window of solicitation ${response.solicitation_id} closed at ${new Date(opening.closed_at ?? opening.window_closes_at).toISOString()}: content keys are no longer taken`
      )
    }
    let payload: Record<string, unknown>
    try {
      const opened = openSealedEnvelope<Record<string, unknown>>({
        envelope: response.envelope,
        content_key: input.content_key,
        expected: {
          context: { solicitation_id: response.solicitation_id, lot_id: response.lot_id, supplier_organization_id: response.supplier_org_id },
          recipient: { certificate_serial: response.certificate_serial },
        },
      })
      payload = opened.payload && typeof opened.payload === "object" ? opened.payload : { value: opened.payload }
    } catch (error) {
      if (error instanceof SealedEnvelopeError) throw invalid(`content_key: ${error.code} (${error.message})`)
      throw error
    }
    const verdict = await verdictOf(
      container,
      { solicitation_id: response.solicitation_id, lot_id: response.lot_id, supplier_organization_id: response.supplier_org_id },
      response,
      response.envelope as unknown as SealedEnvelope,
      response.signature,
      supplier.uscc
    )
    const outcome: OpeningOutcome = decideOpening({
      now: new Date(input.context.now),
      window_closes_at: new Date(8.64e15), // the key was released, so the window no longer matters
      decrypted: {
        signature_valid: verdict.valid || soundButForeign(verdict),
        signer_uscc: verdict.certificate_subject_org?.uscc ?? "",
        price_fen: payload.unit_price_fen,
      },
      supplier_uscc: supplier.uscc,
      ceiling_fen: lot.max_unit_price_fen,
    })
    return new StepResponse({ payload, verdict: verdict as unknown as Record<string, unknown>, outcome })
  }
)
