import { model } from "@medusajs/framework/utils"
import { SOLICITATION_STATUSES } from "../../../domain/solicitation-lifecycle"
import { AGREEMENT_KINDS, EVALUATION_METHODS, QUALITY_PRIORITY_BASES } from "../../../domain/plan-rules"
import SolicitationClarification from "./solicitation-clarification"
import SolicitationLot from "./solicitation-lot"

/**
 * A framework-agreement solicitation (征集): the agency's plan, the regulator's review and, once
 * published, the public notice. Lifecycle: domain/solicitation-lifecycle.ts. Organizations and
 * the notice announcement are procurement-core records, referenced loosely by id.
 */
const Solicitation = model
  .define("solicitation", {
    id: model.id({ prefix: "sol" }).primaryKey(),
    title: model.text().searchable(),
    /** The solicitor: an agency organization (procurement-core); only its members manage the plan. */
    owner_org_id: model.text(),
    /** GB/T 2260 code of the solicitation's region; its province's regulator reviews it. */
    region_code: model.text(),
    catalog_item_codes: model.array(),
    /** In the centralized procurement catalog → approved (审核); outside → filed (备案). */
    centralized_catalog: model.boolean(),
    eligible_region_codes: model.array(),
    eligible_unit_ids: model.array(),
    agreement_kind: model.enum([...AGREEMENT_KINDS]),
    evaluation_method: model.enum([...EVALUATION_METHODS]).nullable(),
    quality_priority_basis: model.enum([...QUALITY_PRIORITY_BASES]).nullable(),
    /** `[{ name, max_points, graded }]` for quality-priority. */
    scoring_criteria: model.json().nullable(),
    elimination_rate_percent: model.float().nullable(),
    shortlist_cap: model.number().nullable(),
    /** `[{ method, params }]` */
    phase2_methods: model.json(),
    term_months: model.number(),
    response_window_days: model.number(),
    /** `{ purchasers: [{ name, contact?, consulted_on? }], suppliers: [...] }` */
    demand_survey: model.json(),
    /** `[{ kind, price_deduction_percent }]` */
    policy_preferences: model.json(),
    agreement_template: model.text(),
    status: model.enum([...SOLICITATION_STATUSES]).default("draft"),
    /** The regulator's reasons on return, the agency's on cancellation. */
    status_reason: model.text().nullable(),
    /** The regulator's note when approving / filing. */
    review_note: model.text().nullable(),
    submitted_at: model.dateTime().nullable(),
    approved_at: model.dateTime().nullable(),
    filed_at: model.dateTime().nullable(),
    returned_at: model.dateTime().nullable(),
    published_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    response_deadline: model.dateTime().nullable(),
    /** The public solicitation notice (procurement-core announcement). */
    notice_announcement_id: model.text().nullable(),
    created_by: model.text(),
    submitted_by: model.text().nullable(),
    reviewed_by: model.text().nullable(),
    published_by: model.text().nullable(),
    lots: model.hasMany(() => SolicitationLot, { mappedBy: "solicitation" }),
    clarifications: model.hasMany(() => SolicitationClarification, { mappedBy: "solicitation" }),
  })
  .cascades({ delete: ["lots", "clarifications"] })
  .indexes([
    { on: ["owner_org_id", "status"] },
    { on: ["region_code", "status"] },
    { on: ["status", "response_deadline"] },
  ])

export default Solicitation
