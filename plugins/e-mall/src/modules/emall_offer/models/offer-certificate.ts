import { model } from "@medusajs/framework/utils"
import { CERTIFICATE_KINDS } from "../../../domain/certificate-validity"
import Offer from "./offer"

/** A green-product (or other) certificate attached to an offer. */
const OfferCertificate = model
  .define("offer_certificate", {
    id: model.id({ prefix: "ocert" }).primaryKey(),
    kind: model.enum([...CERTIFICATE_KINDS]),
    number: model.text(),
    issuer: model.text(),
    /** Asia/Shanghai date "YYYY-MM-DD"; valid through the end of that day. */
    expires_on: model.text(),
    offer: model.belongsTo(() => Offer, { mappedBy: "certificates" }),
  })
  .indexes([{ on: ["kind", "expires_on"] }])

export default OfferCertificate
