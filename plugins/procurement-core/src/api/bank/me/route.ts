import { ownOrganizationHandler } from "../../utils/own-organization"

/** The logged-in bank member and its organization. */
export const GET = ownOrganizationHandler("bank")
