import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { requiredCertificateKinds, type CertificateKind } from "../../domain/certificate-validity"

export type OfferProduct = {
  id: string
  title: string
  category_handles: string[]
  required_certificate_kinds: CertificateKind[]
}

export const loadOfferProductStepId = "load-offer-product"

/**
 * Reads the catalog product an offer is (to be) on: it must exist and be published. Gives the
 * certificate kinds its categories require. A missing product is INVALID_DATA naming product_id.
 */
export const loadOfferProductStep = createStep(
  loadOfferProductStepId,
  async (input: { product_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [product],
    } = await query.graph({
      entity: "product",
      fields: ["id", "title", "status", "categories.handle"],
      filters: { id: input.product_id },
    })
    if (!product || product.status !== "published") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `product_id ${JSON.stringify(input.product_id)} is not a published catalog product`
      )
    }
    const handles = (product.categories ?? []).map((c: { handle: string } | null) => c?.handle).filter(Boolean) as string[]
    return new StepResponse<OfferProduct>({
      id: product.id,
      title: product.title,
      category_handles: handles,
      required_certificate_kinds: requiredCertificateKinds(handles),
    })
  }
)
