import { model } from "@medusajs/framework/utils"
import { ORGANIZATION_KINDS, ORGANIZATION_STATUSES } from "../../../domain/organization-lifecycle"
import Member from "./member"
import SupplierProfile from "./supplier-profile"

/**
 * An organization on the platform: a purchasing unit (采购人), supplier (供应商), agency
 * (代理机构), regulator (财政部门), bank or the platform operator. Lifecycle in
 * `domain/organization-lifecycle.ts`; every status change has its milestone timestamp.
 */
const Organization = model
  .define("organization", {
    id: model.id({ prefix: "org" }).primaryKey(),
    kind: model.enum([...ORGANIZATION_KINDS]),
    name: model.text().searchable(),
    /** Unified social credit code (GB 32100-2015); unique where present. */
    uscc: model.text().nullable(),
    /** Administrative division code (GB/T 2260, 6 digits). */
    region_code: model.text(),
    /** Loose reference to a parent organization (e.g. a budget unit's superior unit). */
    parent_id: model.text().nullable(),
    /** For banks: the branch (支行) that registered. */
    branch_name: model.text().nullable(),
    status: model.enum([...ORGANIZATION_STATUSES]).default("pending_review"),
    status_reason: model.text().nullable(),
    banned_until: model.dateTime().nullable(),
    submitted_at: model.dateTime().nullable(),
    approved_at: model.dateTime().nullable(),
    rejected_at: model.dateTime().nullable(),
    suspended_at: model.dateTime().nullable(),
    banned_at: model.dateTime().nullable(),
    contact_name: model.text().nullable(),
    contact_phone: model.text().nullable(),
    address: model.text().nullable(),
    metadata: model.json().nullable(),
    supplier_profile: model.hasOne(() => SupplierProfile, { mappedBy: "organization" }).nullable(),
    members: model.hasMany(() => Member, { mappedBy: "organization" }),
  })
  .cascades({ delete: ["supplier_profile", "members"] })
  .indexes([
    { on: ["uscc"], unique: true, where: "uscc IS NOT NULL" },
    { on: ["kind", "status"] },
    { on: ["region_code"] },
    { on: ["parent_id"] },
  ])

export default Organization
