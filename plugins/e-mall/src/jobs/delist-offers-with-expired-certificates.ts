import type { MedusaContainer } from "@medusajs/framework/types"
import { delistOffersWithExpiredCertificatesWorkflow } from "../workflows/delist-offers-with-expired-certificates"

/**
 * Hourly: certificates expire at the end of their Shanghai date, so an hourly run takes an
 * offer off within the first hour of the day after expiry, whatever the server's time zone.
 */
export default async function delistOffersWithExpiredCertificatesJob(container: MedusaContainer) {
  await delistOffersWithExpiredCertificatesWorkflow(container).run({
    input: { actor: { actor_type: "system", actor_id: "emall-certificate-expiry-job" } },
  })
}

export const config = {
  name: "emall-delist-offers-with-expired-certificates",
  schedule: "5 * * * *",
}
