import { useI18n } from "../i18n"
import type { StoreProduct } from "../lib/medusa"
import { Link } from "../lib/router"
import { Price } from "./Price"
import { StockBadge } from "./StockBadge"

export function ProductCard({ product }: { product: StoreProduct }) {
  const { t } = useI18n()
  const href = `/products/${product.handle}`
  return (
    <li className="product-card">
      <Link href={href} className="product-card__image">
        {product.thumbnail ? (
          <img src={product.thumbnail} alt={t("product.imageAlt", { title: product.title })} loading="lazy" />
        ) : null}
      </Link>
      <div className="product-card__body">
        <Link href={href} className="product-card__title">
          {product.title}
        </Link>
        {product.subtitle ? <p className="product-card__subtitle">{product.subtitle}</p> : null}
        <div className="product-card__footer">
          <Price product={product} />
          <StockBadge product={product} />
        </div>
      </div>
    </li>
  )
}
