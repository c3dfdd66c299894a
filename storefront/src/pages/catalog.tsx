import { Heading, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useEffect, useMemo } from "react"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router-dom"
import { type CatalogProduct, searchCatalog } from "../api/catalog"
import { CatalogFilterForm } from "../components/catalog-filter-form"
import { ErrorState, Loading } from "../components/page-state"
import { Pagination } from "../components/pagination"
import { useLanguage } from "../i18n"
import { catalogQuery, filtersFromUrl, filtersToUrl, PAGE_SIZE } from "../lib/catalog-filters"
import { formatFen } from "../lib/format"

export function CatalogPage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const filters = useMemo(() => filtersFromUrl(params), [params])
  const query = useMemo(() => catalogQuery(filters), [filters])
  const result = useQuery({
    queryKey: ["catalog", query],
    queryFn: () => searchCatalog(query),
    placeholderData: keepPreviousData,
  })
  useEffect(() => {
    document.title = `${t("catalog.title")} · ${t("app.name")}`
  }, [t])

  const count = result.data?.count ?? 0
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE))
  const summary = result.data?.count_capped
    ? t("catalog.resultCountMore", { count })
    : filters.q
      ? t("catalog.resultCountQuery", { count, q: filters.q })
      : t("catalog.resultCount", { count })

  return (
    <div className="flex flex-col gap-4">
      <Heading level="h1">{t("catalog.title")}</Heading>
      <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
        <CatalogFilterForm value={filters} onApply={(next) => setParams(filtersToUrl(next))} />
        <section aria-labelledby="results-title" aria-busy={result.isFetching} className="flex flex-col gap-4">
          <Heading level="h2" id="results-title" className="sr-only">
            {t("catalog.title")}
          </Heading>
          {result.isPending ? (
            <Loading />
          ) : result.isError ? (
            <ErrorState error={result.error} onRetry={() => result.refetch()} />
          ) : (
            <>
              <Text role="status" size="small" className="text-ui-fg-subtle">
                {summary}
              </Text>
              {result.data.products.length === 0 ? (
                <Text>{t("catalog.empty")}</Text>
              ) : (
                <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                  {result.data.products.map((product) => (
                    <li key={product.product_id}>
                      <ProductCard product={product} />
                    </li>
                  ))}
                </ul>
              )}
              <Pagination page={filters.page} pages={pages} onPage={(page) => setParams(filtersToUrl({ ...filters, page }))} />
            </>
          )}
        </section>
      </div>
    </div>
  )
}

function ProductCard({ product }: { product: CatalogProduct }) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <Link
      to={`/products/${product.product_id}`}
      className="flex h-full flex-col gap-2 rounded-lg border border-ui-border-base bg-ui-bg-base p-3 hover:shadow-elevation-card-hover"
    >
      {product.thumbnail && (
        <img src={product.thumbnail} alt={t("catalog.imageAlt", { title: product.title })} className="aspect-[4/3] w-full rounded object-contain" loading="lazy" />
      )}
      <Text weight="plus" className="text-ui-fg-base">
        {product.title}
      </Text>
      {(product.brand || product.model_number) && (
        <Text size="small" className="text-ui-fg-subtle">
          {[product.brand, product.model_number].filter(Boolean).join(" · ")}
        </Text>
      )}
      <div className="mt-auto flex items-baseline justify-between gap-2">
        <Text weight="plus" className="text-ui-fg-base">
          {t("catalog.fromPrice", { price: formatFen(product.lowest_price_fen, language) })}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {t("catalog.offerCount", { count: product.offer_count })}
        </Text>
      </div>
    </Link>
  )
}
