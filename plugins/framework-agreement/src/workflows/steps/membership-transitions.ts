import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import type { MembershipStatus } from "../../domain/membership-lifecycle"
import { supplementaryRefusals } from "../../domain/supplementary-solicitation"
import { membershipStateOf } from "../../modules/framework-agreement/service"
import type { MembershipDTO, MembershipState, StoredSignature } from "../../modules/framework-agreement/types"
import { agreementService } from "./agreement-context"

type Resolver = { resolve: <T>(key: string) => T }

/** A signed application to join an open agreement; compensation deletes it (its audit entry stays). */
export const applyToJoinStep = createStep(
  "apply-to-join-framework-agreement",
  async (
    input: {
      agreement_id: string
      supplier_org_id: string
      product: MembershipDTO["product"]
      price_fen: number
      signature: StoredSignature
      review_due_at: Date
      actor: AuditActor
    },
    { container }
  ) => {
    const created = await agreementService(container).applyToJoin(
      input.agreement_id,
      {
        supplier_org_id: input.supplier_org_id,
        product: input.product,
        price_fen: input.price_fen,
        application_signature: input.signature,
        review_due_at: new Date(input.review_due_at),
      },
      input.actor
    )
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await agreementService(container).deleteAgreementMemberships(id)
  }
)

type Undo = { id: string; previous: MembershipState; action: string; actor: AuditActor }

export const changeMembershipStep = createStep(
  "change-framework-agreement-membership",
  async (
    input: {
      membership_id: string
      to: MembershipStatus
      changes: MembershipState
      removal_reason?: string
      leave_reason_accepted?: boolean
      supplier_org_id?: string
      actor: AuditActor
    },
    { container }
  ) => {
    const service = agreementService(container)
    const [before] = (await service.listAgreementMemberships({ id: input.membership_id }, { take: 1 })) as unknown as MembershipDTO[]
    const result = await service.changeMembership(
      input.membership_id,
      input.to,
      { changes: input.changes, removal_reason: input.removal_reason, leave_reason_accepted: input.leave_reason_accepted, supplier_org_id: input.supplier_org_id },
      input.actor
    )
    return new StepResponse(result, {
      id: input.membership_id,
      previous: membershipStateOf(before),
      action: `framework_agreement_membership.${input.to}`,
      actor: input.actor,
    } as Undo)
  },
  async (undo: Undo | undefined, { container }: { container: Resolver }) => {
    if (!undo) return
    await agreementService(container).restoreMembershipState(undo.id, undo.previous, undo.action, undo.actor)
  }
)

/**
 * After a removal from a closed agreement: the party counts of the lot. `original` = suppliers
 * whose agreements became active, `remaining` = memberships still active or suspended. The
 * event is due when fewer than 70 % remain; whether the documents provided for a supplementary
 * solicitation and whether execution suffers is the solicitor's call when it starts one.
 */
export const countLotPartiesStep = createStep(
  "count-framework-agreement-lot-parties",
  async (input: { lot_id: string; kind: "closed" | "open" }, { container }) => {
    if (input.kind !== "closed") return new StepResponse({ needed: false, original: 0, remaining: 0 })
    const agreements = (await agreementService(container).listFrameworkAgreements(
      { lot_id: input.lot_id },
      { relations: ["memberships"], take: null as never }
    )) as unknown as Array<{ activated_at: Date | null; memberships: MembershipDTO[] }>
    const original = agreements.filter((a) => a.activated_at).length
    const remaining = agreements.flatMap((a) => a.memberships).filter((m) => m.status === "active" || m.status === "suspended").length
    const needed =
      original > 0 &&
      !supplementaryRefusals({ provided_in_documents: true, execution_affected: true, original_count: original, remaining_count: remaining }).includes(
        "enough_parties_remain"
      )
    return new StepResponse({ needed, original, remaining })
  }
)
