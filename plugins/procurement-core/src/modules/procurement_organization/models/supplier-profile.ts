import { model } from "@medusajs/framework/utils"
import { ENTERPRISE_SIZES, SUPPLIER_SPECIAL_STATUSES } from "../../../domain/organization-lifecycle"
import Organization from "./organization"

/**
 * What only a supplier has: enterprise size and special status (for SME / disability /
 * prison-enterprise preferences, policy-zones.md) and the bank account payments go to.
 */
const SupplierProfile = model.define("supplier_profile", {
  id: model.id({ prefix: "supp" }).primaryKey(),
  organization: model.belongsTo(() => Organization, { mappedBy: "supplier_profile" }),
  enterprise_size: model.enum([...ENTERPRISE_SIZES]),
  special_status: model.enum([...SUPPLIER_SPECIAL_STATUSES]).default("none"),
  bank_account_name: model.text(),
  bank_name: model.text(),
  bank_account_number: model.text(),
  legal_representative: model.text().nullable(),
  business_scope: model.text().nullable(),
})

export default SupplierProfile
