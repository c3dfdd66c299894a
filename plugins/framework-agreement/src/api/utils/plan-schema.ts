import { z } from "@medusajs/framework/zod"
import { PREFERENCE_KINDS } from "../../domain/plan-options"
import {
  AGREEMENT_KINDS,
  EVALUATION_METHODS,
  LOT_KINDS,
  MAX_INTEGER_FEN,
  PHASE2_METHODS,
  QUALITY_PRIORITY_BASES,
} from "../../domain/plan-rules"

/*
 * Shapes of a solicitation plan at the HTTP edge. The rules (term, survey, window, deposit,
 * elimination, methods …) are the domain's (`domain/plan-rules.ts`): the service applies them
 * and answers 400 naming the field. Messages here name the field too.
 */

const text = (field: string, max: number) =>
  z.string({ error: `${field} must be a string` }).trim().min(1, `${field} is required`).max(max, `${field} must be at most ${max} characters`)
const fen = (field: string, max = Number.MAX_SAFE_INTEGER) =>
  z
    .number({ error: `${field} must be a number of fen` })
    .int(`${field} must be a whole number of fen`)
    .min(0, `${field} must not be negative`)
    .max(max, `${field} must be at most ${max}`)
const whole = (field: string) => z.number({ error: `${field} must be a number` }).int(`${field} must be a whole number`)

export const LotSchema = z
  .object({
    name: text("lots[].name", 200),
    specification: text("lots[].specification", 20_000),
    kind: z.enum(LOT_KINDS, { error: "lots[].kind must be goods or services" }),
    quantity_estimate: whole("lots[].quantity_estimate").min(1, "lots[].quantity_estimate must be at least 1"),
    unit: text("lots[].unit", 20),
    budget_fen: fen("lots[].budget_fen").min(1, "lots[].budget_fen must be above 0"),
    max_unit_price_fen: fen("lots[].max_unit_price_fen", MAX_INTEGER_FEN).min(1, "lots[].max_unit_price_fen must be above 0"),
    consumables_price_required: z.boolean({ error: "lots[].consumables_price_required must be true or false" }).default(false),
    deposit_fen: fen("lots[].deposit_fen", MAX_INTEGER_FEN).default(0),
  })
  .strict()

const Party = z.object({
  name: text("demand_survey name", 200),
  contact: z.string().max(200).optional(),
  consulted_on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "consulted_on must be a date YYYY-MM-DD").optional(),
}).strict()

const plan = {
  title: text("title", 200),
  region_code: z.string({ error: "region_code must be a string" }).regex(/^\d{6}$/, "region_code must be a 6-digit division code"),
  catalog_item_codes: z
    .array(z.string({ error: "catalog_item_codes must hold strings" }).max(20), { error: "catalog_item_codes must be an array" })
    .min(1, "catalog_item_codes: at least one catalog item code is required")
    .max(50, "catalog_item_codes: at most 50"),
  centralized_catalog: z.boolean({ error: "centralized_catalog must be true or false" }),
  eligible_region_codes: z.array(z.string().regex(/^\d{6}$/, "eligible_region_codes must hold 6-digit division codes"), {
    error: "eligible_region_codes must be an array",
  }).max(500),
  eligible_unit_ids: z.array(z.string().min(1).max(100), { error: "eligible_unit_ids must be an array" }).max(5000),
  agreement_kind: z.enum(AGREEMENT_KINDS, { error: "agreement_kind must be closed or open" }),
  evaluation_method: z.enum(EVALUATION_METHODS, { error: "evaluation_method must be price_priority or quality_priority" }).optional(),
  quality_priority_basis: z.enum(QUALITY_PRIORITY_BASES, { error: "quality_priority_basis must be government_price or lab_instrument" }).optional(),
  scoring_criteria: z
    .array(
      z.object({
        name: text("scoring_criteria[].name", 200),
        max_points: z.number({ error: "scoring_criteria[].max_points must be a number" }),
        graded: z.boolean({ error: "scoring_criteria[].graded must be true or false" }).default(true),
      }).strict(),
      { error: "scoring_criteria must be an array" }
    )
    .max(50)
    .optional(),
  elimination_rate_percent: z.number({ error: "elimination_rate_percent must be a number" }).optional(),
  shortlist_cap: whole("shortlist_cap").optional(),
  phase2_methods: z
    .array(
      z.object({
        method: z.enum(PHASE2_METHODS, { error: `phase2_methods[].method must be one of ${PHASE2_METHODS.join(", ")}` }),
        params: z.record(z.string(), z.number({ error: "phase2_methods[].params values must be numbers" })).optional(),
      }).strict(),
      { error: "phase2_methods must be an array" }
    )
    .min(1, "phase2_methods: at least one phase-2 method is required")
    .max(3),
  term_months: whole("term_months"),
  response_window_days: whole("response_window_days"),
  demand_survey: z
    .object({
      purchasers: z.array(Party, { error: "demand_survey.purchasers must be an array" }).max(500),
      suppliers: z.array(Party, { error: "demand_survey.suppliers must be an array" }).max(500),
    }, { error: "demand_survey must be an object with purchasers and suppliers" })
    .strict(),
  policy_preferences: z
    .array(
      z.object({
        kind: z.enum(PREFERENCE_KINDS, { error: `policy_preferences[].kind must be one of ${PREFERENCE_KINDS.join(", ")}` }),
        price_deduction_percent: z.number({ error: "policy_preferences[].price_deduction_percent must be a number" }),
      }).strict(),
      { error: "policy_preferences must be an array" }
    )
    .max(5),
  agreement_template: text("agreement_template", 200_000),
}

export const AdminCreateSolicitation = z
  .object({
    ...plan,
    eligible_region_codes: plan.eligible_region_codes.default([]),
    eligible_unit_ids: plan.eligible_unit_ids.default([]),
    policy_preferences: plan.policy_preferences.default([]),
    lots: z.array(LotSchema, { error: "lots must be an array of lots" }).min(1, "lots: at least one lot is required").max(100, "lots: at most 100"),
  })
  .strict()
export type AdminCreateSolicitationType = z.infer<typeof AdminCreateSolicitation>

/** Any subset of the plan; `lots` replaces the list (an entry with `id` keeps and updates that lot). */
export const AdminUpdateSolicitation = z
  .object({
    ...Object.fromEntries(Object.entries(plan).map(([k, v]) => [k, (v as z.ZodType).optional()])),
    // Switching e.g. closed → open clears these: null removes the value.
    evaluation_method: plan.evaluation_method.nullable(),
    quality_priority_basis: plan.quality_priority_basis.nullable(),
    scoring_criteria: plan.scoring_criteria.nullable(),
    elimination_rate_percent: plan.elimination_rate_percent.nullable(),
    shortlist_cap: plan.shortlist_cap.nullable(),
    lots: z
      .array(
        LotSchema.extend({
          id: z.string({ error: "lots[].id must be a string" }).min(1).max(100).optional(),
          consumables_price_required: z.boolean({ error: "lots[].consumables_price_required must be true or false" }),
          deposit_fen: fen("lots[].deposit_fen", MAX_INTEGER_FEN),
        }),
        { error: "lots must be an array of lots" }
      )
      .min(1, "lots: at least one lot is required")
      .max(100, "lots: at most 100")
      .optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: "the body must change at least one field of the plan" })
