import { useI18n } from "../i18n"
import type { StoreProduct } from "../lib/medusa"
import { formatPrice } from "../lib/money"
import { productPrice } from "../lib/product"

export function Price({ product, large = false }: { product: StoreProduct; large?: boolean }) {
  const { t, language } = useI18n()
  const price = productPrice(product)
  if (!price) {
    return <span className="price price--none">{t("price.unavailable")}</span>
  }
  return (
    <span className={large ? "price price--large" : "price"}>
      {formatPrice(price.amount, language, price.currency)}
      <small>{t("price.taxIncluded")}</small>
    </span>
  )
}
