import { ADMIN_ANNOUNCEMENT_FIELDS } from "../../utils/query-fields"

export const adminAnnouncementRetrieveConfig = {
  defaults: ADMIN_ANNOUNCEMENT_FIELDS,
  allowed: ADMIN_ANNOUNCEMENT_FIELDS,
  isList: false,
}

export const adminAnnouncementListConfig = {
  defaults: ADMIN_ANNOUNCEMENT_FIELDS.filter((field) => field !== "body"),
  allowed: ADMIN_ANNOUNCEMENT_FIELDS,
  defaultLimit: 20,
  isList: true,
}
