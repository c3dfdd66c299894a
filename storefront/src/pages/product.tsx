import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useEffect } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { getProductOffers } from "../api/catalog"
import { getProduct } from "../api/store"
import { OffersTable } from "../components/offers-table"
import { ErrorState, Loading } from "../components/page-state"
import { useLanguage } from "../i18n"
import { SPEC_LABELS_EN } from "../i18n/spec-labels-en"
import { categoryName } from "../lib/category-name"

type Spec = { key: string; label: string; value: string }

function specsOf(metadata: Record<string, unknown> | null | undefined): Spec[] {
  const specs = metadata?.specs
  return Array.isArray(specs) ? specs.filter((s): s is Spec => typeof s?.label === "string" && typeof s?.value === "string") : []
}

export function ProductPage() {
  const { id = "" } = useParams()
  const { t } = useTranslation()
  const language = useLanguage()
  const product = useQuery({ queryKey: ["product", id], queryFn: () => getProduct(id) })
  const offers = useQuery({ queryKey: ["offers", id], queryFn: () => getProductOffers(id) })
  useEffect(() => {
    if (product.data) document.title = `${product.data.title} · ${t("app.name")}`
  }, [product.data, t])

  if (product.isPending) return <Loading />
  if (product.isError) return <ErrorState error={product.error} onRetry={() => product.refetch()} />
  const p = product.data
  const specs = specsOf(p.metadata)
  const brand = typeof p.metadata?.brand === "string" ? p.metadata.brand : undefined
  const model = typeof p.metadata?.model === "string" ? p.metadata.model : undefined

  return (
    <div className="flex flex-col gap-6">
      <Link to="/catalog" className="txt-compact-small text-ui-fg-interactive-hover hover:underline">
        ← {t("product.back")}
      </Link>
      <div className="grid gap-6 md:grid-cols-[20rem_1fr]">
        {p.thumbnail && <img src={p.thumbnail} alt={t("catalog.imageAlt", { title: p.title })} className="w-full rounded-lg border border-ui-border-base bg-ui-bg-base object-contain" />}
        <div className="flex flex-col gap-3">
          <Heading level="h1">{p.title}</Heading>
          {p.subtitle && <Text className="text-ui-fg-subtle">{p.subtitle}</Text>}
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            {brand && <Term label={t("product.brand")} value={brand} />}
            {model && <Term label={t("product.model")} value={model} />}
            {p.categories?.length ? <Term label={t("product.category")} value={p.categories.map((c) => categoryName(c, language)).join("、")} /> : null}
          </dl>
          {p.description && (
            <section aria-labelledby="description-title">
              <Heading level="h3" id="description-title">
                {t("product.description")}
              </Heading>
              <Text size="small" className="whitespace-pre-line text-ui-fg-subtle">
                {p.description}
              </Text>
            </section>
          )}
        </div>
      </div>

      <section aria-labelledby="offers-title" className="flex flex-col gap-3">
        <Heading level="h2" id="offers-title">
          {t("product.offersTitle")}
        </Heading>
        {offers.isPending ? (
          <Loading />
        ) : offers.isError ? (
          <ErrorState error={offers.error} onRetry={() => offers.refetch()} />
        ) : offers.data.offers.length === 0 ? (
          <Text>{t("product.noOffers")}</Text>
        ) : (
          <>
            <Text size="small" className="text-ui-fg-subtle">
              {t("product.offersCaption", { count: offers.data.count })}
            </Text>
            <OffersTable offers={offers.data.offers} />
          </>
        )}
      </section>

      <section aria-labelledby="specs-title">
        <Container>
          <Heading level="h2" id="specs-title">
            {t("product.specs")}
          </Heading>
          {specs.length === 0 ? (
            <Text>{t("product.noSpecs")}</Text>
          ) : (
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
              {specs.map((s) => (
                <Term key={s.key} label={language === "en" ? (SPEC_LABELS_EN[s.key] ?? s.label) : s.label} value={s.value} />
              ))}
            </dl>
          )}
        </Container>
      </section>
    </div>
  )
}

function Term({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt className="txt-compact-small text-ui-fg-subtle">{label}</dt>
      <dd className="txt-compact-small text-ui-fg-base">{value}</dd>
    </>
  )
}
