import { defineLink } from "@medusajs/framework/utils"
import SolicitationModule from "../modules/solicitation"
import FrameworkAgreementModule from "../modules/framework-agreement"

/** A solicitation has many framework agreements (one per shortlisted supplier and lot, or one per open lot). */
export default defineLink(SolicitationModule.linkable.solicitation, {
  linkable: FrameworkAgreementModule.linkable.frameworkAgreement,
  isList: true,
})
