import { PUBLIC_ANNOUNCEMENT_FIELDS } from "../../utils/query-fields"

export const storeAnnouncementRetrieveConfig = {
  defaults: [...PUBLIC_ANNOUNCEMENT_FIELDS, "body"],
  allowed: [...PUBLIC_ANNOUNCEMENT_FIELDS, "body"],
  isList: false,
}

export const storeAnnouncementListConfig = {
  defaults: PUBLIC_ANNOUNCEMENT_FIELDS,
  allowed: [...PUBLIC_ANNOUNCEMENT_FIELDS, "body"],
  defaultLimit: 20,
  isList: true,
}
