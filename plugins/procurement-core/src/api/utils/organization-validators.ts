import { z } from "@medusajs/framework/zod"
import {
  ENTERPRISE_SIZES,
  MEMBER_ROLES,
  ORGANIZATION_KINDS,
  ORGANIZATION_STATUSES,
  SUPPLIER_SPECIAL_STATUSES,
} from "../../domain/organization-lifecycle"
import { usccProblem } from "../../domain/uscc"
import { idNumberProblem } from "../../domain/id-number"

export const regionCode = z.string().regex(/^\d{6}$/, "region_code must be a 6-digit division code (GB/T 2260)")

/** A USCC, checked with its check character; the message says why (length / character / check). */
export const uscc = z
  .string({ error: "uscc is required" })
  .trim()
  .superRefine((value, ctx) => {
    const problem = usccProblem(value)
    if (problem) {
      ctx.addIssue({ code: "custom", message: `uscc is not a valid unified social credit code: ${problem.message}` })
    }
  })

const text = (max: number) => z.string().trim().min(1).max(max)
const email = z.email().transform((value) => value.toLowerCase())
const password = z.string().min(8, "password must have at least 8 characters").max(128)

const company = {
  name: text(200),
  uscc,
  region_code: regionCode,
  contact_name: text(100),
  contact_phone: text(40),
  address: text(500).nullish(),
}

const registrant = z.object({ name: text(100) }).strict()

export const SupplierRegister = z
  .object({
    ...company,
    enterprise_size: z.enum(ENTERPRISE_SIZES),
    special_status: z.enum(SUPPLIER_SPECIAL_STATUSES).optional(),
    bank_account_name: text(200),
    bank_name: text(200),
    bank_account_number: z.string().trim().regex(/^\d{8,30}$/, "bank_account_number must be 8-30 digits"),
    legal_representative: text(100).nullish(),
    business_scope: text(2000).nullish(),
    registrant,
  })
  .strict()
export type SupplierRegisterType = z.infer<typeof SupplierRegister>

export const BankRegister = z
  .object({
    ...company,
    branch_name: text(200),
    registrant,
  })
  .strict()
export type BankRegisterType = z.infer<typeof BankRegister>

export const AdminGetOrganizationsParams = z.object({
  kind: z.enum(ORGANIZATION_KINDS).optional(),
  status: z.enum(ORGANIZATION_STATUSES).optional(),
  region_code: regionCode.optional(),
  q: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminGetOrganizationsParamsType = z.infer<typeof AdminGetOrganizationsParams>

export const AdminCreateOrganization = z
  .object({
    kind: z.enum(["purchasing_unit", "agency", "regulator", "bank", "platform"], {
      error: "kind must be purchasing_unit, agency, regulator, bank or platform (suppliers register themselves)",
    }),
    name: text(200),
    uscc: uscc.nullish(),
    region_code: regionCode,
    parent_id: text(100).nullish(),
    branch_name: text(200).nullish(),
    contact_name: text(100).nullish(),
    contact_phone: text(40).nullish(),
    address: text(500).nullish(),
  })
  .strict()
export type AdminCreateOrganizationType = z.infer<typeof AdminCreateOrganization>

const reason = z.string({ error: "reason is required" }).trim().min(1, "reason is required").max(2_000)

export const AdminApproveOrganization = z.object({}).strict()
export const AdminRejectOrganization = z.object({ reason }).strict()
export const AdminSuspendOrganization = z.object({ reason }).strict()
export const AdminBanOrganization = z
  .object({
    reason,
    banned_until: z.iso.datetime({ offset: true, error: "banned_until must be an ISO date-time" }).nullish(),
  })
  .strict()
export const AdminReinstateOrganization = z.object({ reason: reason.optional() }).strict()
export type AdminReviewOrganizationType = { reason?: string; banned_until?: string | null }

export const AdminEnrollMember = z
  .object({
    email,
    password,
    name: text(100),
    phone: text(40).nullish(),
    role: z.enum(MEMBER_ROLES).default("operator"),
  })
  .strict()
export type AdminEnrollMemberType = z.infer<typeof AdminEnrollMember>

export const AdminEnrollExpert = z
  .object({
    email,
    password,
    name: text(100),
    id_number: z
      .string()
      .trim()
      .toUpperCase()
      .superRefine((value, ctx) => {
        const problem = idNumberProblem(value)
        if (problem) {
          ctx.addIssue({ code: "custom", message: `id_number is not a valid resident identity number: ${problem}` })
        }
      }),
    specialities: z.array(text(40)).min(1, "specialities must name at least one catalog item code").max(100),
    employer_name: text(200).nullish(),
    employer_uscc: uscc.nullish(),
    region_code: regionCode,
    phone: text(40).nullish(),
  })
  .strict()
export type AdminEnrollExpertType = z.infer<typeof AdminEnrollExpert>

export const AdminGetExpertsParams = z.object({
  status: z.enum(["active", "suspended"]).optional(),
  region_code: regionCode.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminGetExpertsParamsType = z.infer<typeof AdminGetExpertsParams>

/** Corrected registration data; every field optional. */
export const SupplierResubmit = SupplierRegister.omit({ registrant: true }).partial().strict()
export type SupplierResubmitType = z.infer<typeof SupplierResubmit>
