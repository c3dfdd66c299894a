/**
 * The plain view of an active framework agreement that phase-2 award rules need. The
 * framework-agreement plugin owns the records; its service maps them into this shape, so the
 * award rules stay pure and do not depend on its tables.
 */
import type { Fen } from "@govmall/procurement-core/domain/money"
import type { AwardMethod } from "./award-lifecycle"
import type { VolumeTier } from "./volume-tiers"

export type AgreementMemberLot = {
  lot_id: string
  /** The supplier's agreement price (协议价格) for the lot, one unit, in fen. */
  unit_price_fen: Fen
  volume_tiers: readonly VolumeTier[]
}

export type AgreementMember = {
  supplier_id: string
  /**
   * Membership status, the same values as framework-agreement's membership-lifecycle.ts
   * (kept as a copy, not an import, so this plugin does not depend on that one's build).
   * Only `active` members take part in phase 2.
   */
  status: "applied" | "active" | "rejected" | "suspended" | "removed" | "left"
  /** Phase-1 evaluation rank, 1 = best. Used by rotation order and bid tie-breaks. */
  rank: number
  lots: readonly AgreementMemberLot[]
}

export type AgreementView = {
  id: string
  /** As framework-agreement's agreement-lifecycle.ts; only `active` awards. */
  status: "pending_signature" | "active" | "lapsed" | "expired" | "terminated"
  starts_at: Date
  ends_at: Date
  /** Phase-2 methods the solicitation documents allow; direct selection is the default. */
  methods: readonly AwardMethod[]
  /**
   * Who may buy under it: a purchaser is eligible when its id is listed, or its GB/T 2260
   * region code starts with one of the listed prefixes ("14" = all of Shanxi, "1401" =
   * Taiyuan). An empty prefix ("") means every region.
   */
  eligible_purchasers: { region_prefixes: readonly string[]; unit_ids: readonly string[] }
  members: readonly AgreementMember[]
}

export type PurchaserView = { id: string; region_code: string | null }

/** null when the purchaser may award under the agreement, else why not. */
export function purchaserEligibilityProblem(agreement: AgreementView, purchaser: PurchaserView): string | null {
  const { region_prefixes, unit_ids } = agreement.eligible_purchasers
  if (unit_ids.includes(purchaser.id)) return null
  const region = purchaser.region_code ?? ""
  if (region_prefixes.some((prefix) => prefix === "" || (region !== "" && region.startsWith(prefix)))) return null
  return `purchaser ${purchaser.id} (region ${purchaser.region_code ?? "none"}) is not eligible to buy under framework agreement ${agreement.id}`
}

/** null when the agreement is active and `now` is inside its term, else why not. */
export function agreementOpenProblem(agreement: AgreementView, now: Date): string | null {
  if (agreement.status !== "active") {
    return `framework agreement ${agreement.id} is "${agreement.status}", not active`
  }
  if (now.getTime() < agreement.starts_at.getTime() || now.getTime() > agreement.ends_at.getTime()) {
    return `framework agreement ${agreement.id} is outside its term (${agreement.starts_at.toISOString()} – ${agreement.ends_at.toISOString()})`
  }
  return null
}

/** The active members shortlisted for `lotId`, best rank first, with their lot terms. */
export function activeMembersForLot(agreement: AgreementView, lotId: string): Array<{ member: AgreementMember; lot: AgreementMemberLot }> {
  return agreement.members
    .filter((member) => member.status === "active")
    .flatMap((member) => member.lots.filter((lot) => lot.lot_id === lotId).map((lot) => ({ member, lot })))
    .sort((a, b) => a.member.rank - b.member.rank || (a.member.supplier_id < b.member.supplier_id ? -1 : 1))
}
