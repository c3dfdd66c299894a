import { ErrorMessage } from "../components/ErrorMessage"
import { Price } from "../components/Price"
import { StockBadge } from "../components/StockBadge"
import { useI18n } from "../i18n"
import { categoryName } from "../lib/category"
import { firstVariant, productBrand, productSpecs, productUnit } from "../lib/product"
import { Link, catalogHref } from "../lib/router"
import { getProductByHandle } from "../lib/store-api"
import { useAsync } from "../lib/use-async"

export function ProductPage({ handle }: { handle: string }) {
  const { t, language, specLabel } = useI18n()
  const { data: product, error, loading, reload } = useAsync(() => getProductByHandle(handle), [handle])

  if (error) {
    return (
      <div className="container">
        <ErrorMessage error={error} onRetry={reload} />
      </div>
    )
  }
  if (loading && !product) {
    return <div className="container notice">{t("catalog.loading")}</div>
  }
  if (!product) {
    return (
      <div className="container">
        <p className="notice">{t("product.notFound")}</p>
        <Link href="/">{t("product.back")}</Link>
      </div>
    )
  }

  const category = product.categories?.[0]
  const variant = firstVariant(product)
  const specs = productSpecs(product)
  const model = typeof product.metadata?.model === "string" ? product.metadata.model : undefined
  const facts: [string, string | undefined][] = [
    [t("product.brand"), productBrand(product)],
    [t("product.model"), model],
    [t("product.sku"), variant?.sku ?? undefined],
    [t("product.unit"), productUnit(product)],
    [t("product.type"), product.type?.value],
  ]
  const image = product.images?.[0]?.url ?? product.thumbnail

  return (
    <article className="container product">
      <nav className="breadcrumb" aria-label="breadcrumb">
        <Link href="/">{t("product.home")}</Link>
        {category ? (
          <>
            <span aria-hidden="true">/</span>
            <Link href={catalogHref({ category: category.handle })}>{categoryName(category, language)}</Link>
          </>
        ) : null}
        <span aria-hidden="true">/</span>
        <span aria-current="page">{product.title}</span>
      </nav>

      <div className="product__top">
        <div className="product__image">
          {image ? <img src={image} alt={t("product.imageAlt", { title: product.title })} /> : null}
        </div>
        <div className="product__summary">
          <h1>{product.title}</h1>
          {product.subtitle ? <p className="product__subtitle">{product.subtitle}</p> : null}
          <div className="price-box">
            <span className="price-box__label">{t("product.price")}</span>
            <Price product={product} large />
          </div>
          <dl className="facts">
            <div className="facts__row">
              <dt>{t("product.stock")}</dt>
              <dd>
                <StockBadge product={product} />
              </dd>
            </div>
            {facts
              .filter(([, value]) => value)
              .map(([label, value]) => (
                <div key={label} className="facts__row">
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
          </dl>
        </div>
      </div>

      {product.description ? (
        <section className="product__section">
          <h2>{t("product.description")}</h2>
          <p>{product.description}</p>
        </section>
      ) : null}

      <section className="product__section">
        <h2>{t("product.specs")}</h2>
        {specs.length ? (
          <table className="specs">
            <tbody>
              {specs.map((spec) => (
                <tr key={spec.key}>
                  <th scope="row">{specLabel(spec.key, spec.label)}</th>
                  <td>{spec.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="notice">{t("product.noSpecs")}</p>
        )}
      </section>
    </article>
  )
}
