import { type FormEvent, useEffect, useState } from "react"
import { ErrorMessage } from "../components/ErrorMessage"
import { Pagination } from "../components/Pagination"
import { ProductCard } from "../components/ProductCard"
import { useI18n } from "../i18n"
import { categoryName } from "../lib/category"
import { Link, catalogHref, navigate } from "../lib/router"
import { PAGE_SIZE, listCategories, listProducts } from "../lib/store-api"
import { useAsync } from "../lib/use-async"

export function CatalogPage({ search }: { search: URLSearchParams }) {
  const { t, language } = useI18n()
  const category = search.get("category") ?? ""
  const q = (search.get("q") ?? "").trim()
  const page = Math.max(1, Math.floor(Number(search.get("page"))) || 1)

  const categories = useAsync(listCategories, [])
  const products = useAsync(() => listProducts({ categoryHandle: category, q, page }), [category, q, page])

  const [query, setQuery] = useState(q)
  useEffect(() => setQuery(q), [q])

  const onSearch = (event: FormEvent) => {
    event.preventDefault()
    navigate(catalogHref({ category, q: query.trim() }))
  }

  const count = products.data?.count ?? 0
  const pages = Math.ceil(count / PAGE_SIZE)

  return (
    <div className="container catalog">
      <aside className="catalog__sidebar">
        <h2>{t("catalog.categories")}</h2>
        {categories.error ? <ErrorMessage error={categories.error} onRetry={categories.reload} /> : null}
        <ul className="category-list">
          <li>
            <Link href={catalogHref({ q })} aria-current={!category ? "page" : undefined}>
              {t("catalog.allCategories")}
            </Link>
          </li>
          {(categories.data ?? []).map((c) => (
            <li key={c.id}>
              <Link
                href={catalogHref({ category: c.handle, q })}
                aria-current={c.handle === category ? "page" : undefined}
              >
                {categoryName(c, language)}
              </Link>
            </li>
          ))}
        </ul>
      </aside>

      <section className="catalog__main" aria-labelledby="catalog-title">
        <h1 id="catalog-title" className="visually-hidden">
          {t("catalog.title")}
        </h1>
        <form className="search" role="search" onSubmit={onSearch}>
          <input
            type="search"
            name="q"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={t("catalog.searchPlaceholder")}
            aria-label={t("catalog.search")}
          />
          <button type="submit">{t("catalog.search")}</button>
          {q ? (
            <Link className="search__clear" href={catalogHref({ category })}>
              {t("catalog.clearSearch")}
            </Link>
          ) : null}
        </form>

        {products.error ? <ErrorMessage error={products.error} onRetry={products.reload} /> : null}

        <p className="catalog__count" aria-live="polite">
          {products.loading && !products.data
            ? t("catalog.loading")
            : q
              ? t("catalog.resultCountQuery", { count, q })
              : t("catalog.resultCount", { count })}
        </p>

        {products.data && products.data.products.length === 0 ? (
          <p className="notice">{t("catalog.empty")}</p>
        ) : (
          <ul className={products.loading && products.data ? "product-grid is-loading" : "product-grid"}>
            {(products.data?.products ?? []).map((product) => (
              <ProductCard key={product.id} product={product} />
            ))}
          </ul>
        )}

        <Pagination page={page} pages={pages} hrefFor={(p) => catalogHref({ category, q, page: p })} />
      </section>
    </div>
  )
}
