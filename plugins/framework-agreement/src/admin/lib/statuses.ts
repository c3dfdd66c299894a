/** The statuses the plan list filters by (the domain's list; no runtime import of server code). */
export const SOLICITATION_STATUS_LIST = [
  "draft",
  "submitted",
  "returned",
  "approved",
  "filed",
  "published",
  "closed",
  "opened",
  "evaluating",
  "shortlist_published",
  "concluded",
  "failed",
  "cancelled",
] as const
