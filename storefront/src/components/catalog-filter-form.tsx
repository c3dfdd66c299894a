import { Button, Heading, Input, Label, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useCategories } from "../app/queries"
import { useLanguage } from "../i18n"
import { categoryName } from "../lib/category-name"
import { type CatalogFilters, EMPTY_FILTERS, filterProblems } from "../lib/catalog-filters"
import { REGION_CODES } from "../lib/regions"
import { NativeSelect } from "./native-select"

const CERTIFICATES = ["energy_saving", "eco_label", "water_saving", "ccc"] as const

/** The catalog's filters; applied on submit (Enter or the button), so typing does not refetch. */
export function CatalogFilterForm({ value, onApply }: { value: CatalogFilters; onApply: (filters: CatalogFilters) => void }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const categories = useCategories()
  const [draft, setDraft] = useState(value)
  const [showProblems, setShowProblems] = useState(false)
  useEffect(() => setDraft(value), [value])
  const problems = filterProblems(draft)
  const set = (key: keyof CatalogFilters) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: event.target.value }))

  return (
    <form
      aria-labelledby="filters-title"
      className="flex flex-col gap-3 rounded-lg border border-ui-border-base bg-ui-bg-base p-4"
      onSubmit={(event) => {
        event.preventDefault()
        setShowProblems(true)
        if (problems.length === 0) onApply({ ...draft, page: 1 })
      }}
    >
      <Heading level="h2" id="filters-title">
        {t("catalog.filters")}
      </Heading>
      <Field id="f-q" label={t("catalog.searchLabel")}>
        <Input id="f-q" type="text" enterKeyHint="search" value={draft.q} onChange={set("q")} />
      </Field>
      <Field id="f-category" label={t("catalog.category")}>
        <NativeSelect id="f-category" value={draft.category_id} onChange={set("category_id")}>
          <option value="">{t("catalog.allCategories")}</option>
          {categories.data?.map((c) => (
            <option key={c.id} value={c.id}>
              {categoryName(c, language)}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field id="f-brand" label={t("catalog.brand")}>
        <Input id="f-brand" value={draft.brand} onChange={set("brand")} placeholder={t("catalog.brandPlaceholder")} />
      </Field>
      <div className="grid grid-cols-2 gap-2">
        {(["price_min", "price_max"] as const).map((key) => {
          const invalid = showProblems && problems.includes(key)
          return (
            <Field key={key} id={`f-${key}`} label={t(key === "price_min" ? "catalog.priceMin" : "catalog.priceMax")}>
              <Input
                id={`f-${key}`}
                inputMode="decimal"
                value={draft[key]}
                onChange={set(key)}
                aria-invalid={invalid || undefined}
                aria-describedby={invalid ? `f-${key}-error` : undefined}
              />
              {invalid && (
                <Text id={`f-${key}-error`} size="xsmall" className="text-ui-fg-error">
                  {t("catalog.invalidPrice")}
                </Text>
              )}
            </Field>
          )
        })}
      </div>
      <Field id="f-region" label={t("catalog.region")}>
        <NativeSelect id="f-region" value={draft.region_code} onChange={set("region_code")}>
          <option value="">{t("catalog.anyRegion")}</option>
          {REGION_CODES.map((code) => (
            <option key={code} value={code}>
              {t(`regions.${code}`)}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field id="f-certificate" label={t("catalog.certificate")}>
        <NativeSelect id="f-certificate" value={draft.certificate} onChange={set("certificate")}>
          <option value="">{t("catalog.anyCertificate")}</option>
          {CERTIFICATES.map((kind) => (
            <option key={kind} value={kind}>
              {t(`certificates.${kind}`)}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <div className="flex gap-2">
        <Button type="submit">{t("catalog.apply")}</Button>
        <Button type="button" variant="secondary" onClick={() => onApply(EMPTY_FILTERS)}>
          {t("catalog.reset")}
        </Button>
      </div>
    </form>
  )
}

function Field({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={id} size="small">
        {label}
      </Label>
      {children}
    </div>
  )
}
