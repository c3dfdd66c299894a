import { useI18n } from "../i18n"
import type { StoreProduct } from "../lib/medusa"
import { productUnit, stockStatus } from "../lib/product"

export function StockBadge({ product }: { product: StoreProduct }) {
  const { t } = useI18n()
  const status = stockStatus(product)
  const unit = productUnit(product) ?? ""
  switch (status.kind) {
    case "service":
      return <span className="badge badge--service">{t("stock.service")}</span>
    case "in_stock":
      return <span className="badge badge--ok">{t("stock.inStock", { quantity: status.quantity, unit })}</span>
    case "low_stock":
      return <span className="badge badge--low">{t("stock.lowStock", { quantity: status.quantity, unit })}</span>
    case "out_of_stock":
      return <span className="badge badge--out">{t("stock.outOfStock")}</span>
  }
}
