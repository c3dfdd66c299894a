import { model } from "@medusajs/framework/utils"
import { ANNOUNCEMENT_STATUSES, ANNOUNCEMENT_TYPES } from "../../../domain/announcement-lifecycle"

/**
 * A public announcement (公告). Lifecycle draft → published → withdrawn
 * (`domain/announcement-lifecycle.ts`); published and withdrawn ones are public.
 */
const Announcement = model
  .define("announcement", {
    id: model.id({ prefix: "ann" }).primaryKey(),
    type: model.enum([...ANNOUNCEMENT_TYPES]),
    title: model.text().searchable(),
    body: model.text(),
    /**
     * Loose reference to the record the announcement is about (e.g. "solicitation", "sol_…").
     * Not a foreign key: modules stay isolated; typed relations come as links.
     */
    related_type: model.text().nullable(),
    related_id: model.text().nullable(),
    /** Administrative division code (GB/T 2260, 6 digits), e.g. "140000" for Shanxi. */
    region_code: model.text().nullable(),
    status: model.enum([...ANNOUNCEMENT_STATUSES]).default("draft"),
    published_at: model.dateTime().nullable(),
    withdrawn_at: model.dateTime().nullable(),
    withdraw_reason: model.text().nullable(),
    /** actor id of the author. */
    created_by: model.text(),
    /**
     * The author's organization (null for system-made announcements): only its members
     * publish or withdraw it, and only they (with the platform, and a regulator of its
     * province) see it as a draft (`domain/announcement-scope.ts`).
     */
    organization_id: model.text().nullable(),
  })
  .indexes([
    { on: ["status", "published_at"] },
    { on: ["type", "status"] },
    { on: ["region_code", "status"] },
    { on: ["related_type", "related_id"] },
    { on: ["organization_id", "status"] },
  ])

export default Announcement
