import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { FRAMEWORK_AGREEMENT_MODULE } from "../../modules/framework-agreement"
import type FrameworkAgreementModuleService from "../../modules/framework-agreement/service"
import type { AgreementDTO, MembershipDTO } from "../../modules/framework-agreement/types"

export const agreements = (req: MedusaRequest) => req.scope.resolve<FrameworkAgreementModuleService>(FRAMEWORK_AGREEMENT_MODULE)

export async function findAgreement(req: MedusaRequest, id: string): Promise<AgreementDTO> {
  const [row] = await agreements(req).listFrameworkAgreements({ id }, { take: 1 })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `framework agreement ${id} was not found`)
  return await agreements(req).retrieveAgreement(id)
}

const membershipView = (m: MembershipDTO) => ({
  id: m.id,
  supplier_org_id: m.supplier_org_id,
  status: m.status,
  product: m.product,
  price_fen: m.price_fen,
  applied_at: m.applied_at,
  review_due_at: m.review_due_at,
  approved_at: m.approved_at,
  rejected_at: m.rejected_at,
  reject_reason: m.reject_reason,
  removed_at: m.removed_at,
  removal_reason: m.removal_reason,
  left_at: m.left_at,
  signer: m.application_signature?.signer ?? null,
})

/** Staff and the agreement's own supplier: the whole record with both signatures and due dates. */
export function agreementView(a: AgreementDTO) {
  const { memberships, ...rest } = a
  return { ...rest, memberships: (memberships ?? []).map(membershipView) }
}

/** An open agreement as another supplier sees it: the terms, not other suppliers' applications. */
export function openAgreementSupplierView(a: AgreementDTO, supplierOrgId: string) {
  const view = agreementView(a)
  return { ...view, memberships: view.memberships.filter((m) => m.supplier_org_id === supplierOrgId) }
}

/** What a purchaser needs to award under an active agreement: parties, products, prices, methods, term. */
export function purchaserAgreementView(a: AgreementDTO, names: Map<string, string>) {
  return {
    id: a.id,
    title: a.title,
    solicitation_id: a.solicitation_id,
    lot_id: a.lot_id,
    kind: a.kind,
    unit: a.unit,
    price_fen: a.price_fen,
    phase2_methods: a.phase2_methods,
    starts_at: a.starts_at,
    ends_at: a.ends_at,
    suppliers: (a.memberships ?? [])
      .filter((m) => m.status === "active")
      .map((m) => ({ supplier_org_id: m.supplier_org_id, name: names.get(m.supplier_org_id) ?? null, product: m.product, agreement_price_fen: m.price_fen })),
  }
}
