import { ownOrganizationHandler } from "../../utils/own-organization"

/** The logged-in supplier member, its organization (whatever its status) and supplier profile. */
export const GET = ownOrganizationHandler("supplier")
