import { Button, Container, Heading, Input, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { searchCatalog } from "../api/catalog"
import { createOffer } from "../api/supplier"
import { useLanguage } from "../i18n"
import { describeApiError } from "../lib/api-error"
import { formatFen } from "../lib/format"
import { priceRuleProblem } from "../lib/offer-price-error"
import { offerInputFromForm, type OfferFormErrors, type OfferFormValues } from "../lib/offer-form"
import { REGION_CODES } from "../lib/regions"
import { FormField } from "./form-field"
import { NativeSelect } from "./native-select"

const CERTIFICATE_KINDS = ["energy_saving", "eco_label", "water_saving", "ccc"] as const

const EMPTY: OfferFormValues = {
  product_id: "",
  price: "",
  stock: "",
  lead_time_days: "3",
  warranty_months: "",
  delivery_region_codes: ["140000"],
  certificate_kind: "",
  certificate_number: "",
  certificate_issuer: "",
  certificate_expires_on: "",
}

/** A new offer for a catalog product, submitted for review. */
export function OfferCreateForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [values, setValues] = useState(EMPTY)
  const [errors, setErrors] = useState<OfferFormErrors>({})
  const [search, setSearch] = useState("")
  const [query, setQuery] = useState("")
  const products = useQuery({
    queryKey: ["supplier", "product-search", query],
    queryFn: () => searchCatalog({ q: query, limit: 10, offset: 0 }),
    enabled: query.length > 0,
  })
  const create = useMutation({
    mutationFn: createOffer,
    onSuccess: () => {
      toast.success(t("supplier.offerForm.created"))
      setValues(EMPTY)
      onCreated()
    },
  })
  const rule = create.error ? priceRuleProblem(create.error.message ?? "") : undefined
  const apiError = create.error
    ? rule?.key === "supplier.offers.priceRules.aboveReference"
      ? { field: "price_fen", message: t(rule.key, { reference: formatFen(rule.referenceFen, language) }) }
      : describeApiError(create.error, t)
    : undefined
  const set = (key: keyof OfferFormValues) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: event.target.value }))
  const err = (key: keyof OfferFormValues) => (errors[key] ? t(errors[key]!) : undefined)

  return (
    <Container className="flex flex-col gap-3">
      <Heading level="h2">{t("supplier.offerForm.title")}</Heading>
      <form
        role="search"
        className="flex items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault()
          setQuery(search.trim())
        }}
      >
        <div className="flex-1">
          <FormField id="offer-search" label={t("supplier.offerForm.search")}>
            <Input value={search} placeholder={t("supplier.offerForm.searchPlaceholder")} onChange={(e) => setSearch(e.target.value)} />
          </FormField>
        </div>
        <Button type="submit" variant="secondary" isLoading={products.isFetching}>
          {t("supplier.offerForm.searchButton")}
        </Button>
      </form>
      <form
        className="grid gap-3 sm:grid-cols-2"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          const result = offerInputFromForm(values)
          if ("errors" in result) return setErrors(result.errors)
          setErrors({})
          create.mutate(result.input)
        }}
      >
        <div className="sm:col-span-2">
          <FormField id="offer-product" label={t("supplier.offerForm.product")} error={err("product_id") ?? (apiError?.field === "product_id" ? apiError.message : undefined)}>
            <NativeSelect value={values.product_id} onChange={set("product_id")}>
              <option value="">{t("supplier.offerForm.chooseProduct")}</option>
              {products.data?.products.map((p) => (
                <option key={p.product_id} value={p.product_id}>
                  {p.title}
                  {p.lowest_price_fen != null ? ` · ${formatFen(p.lowest_price_fen, language)}` : ""}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          {products.data && products.data.products.length === 0 && <Text size="small">{t("supplier.offerForm.noResults")}</Text>}
        </div>
        <FormField id="offer-price" label={t("supplier.offerForm.price")} error={err("price") ?? (apiError?.field === "price_fen" ? apiError.message : undefined)}>
          <Input inputMode="decimal" value={values.price} onChange={set("price")} />
        </FormField>
        <FormField id="offer-stock" label={t("supplier.offerForm.stock")} error={err("stock")}>
          <Input inputMode="numeric" value={values.stock} onChange={set("stock")} />
        </FormField>
        <FormField id="offer-lead" label={t("supplier.offerForm.leadTime")} error={err("lead_time_days")}>
          <Input inputMode="numeric" value={values.lead_time_days} onChange={set("lead_time_days")} />
        </FormField>
        <FormField id="offer-warranty" label={t("supplier.offerForm.warranty")} error={err("warranty_months")}>
          <Input inputMode="numeric" value={values.warranty_months} onChange={set("warranty_months")} />
        </FormField>
        <div className="sm:col-span-2">
          <FormField id="offer-regions" label={t("supplier.offerForm.regions")} hint={t("supplier.offerForm.regionsHint")} error={err("delivery_region_codes")}>
            <NativeSelect
              multiple
              className="h-32"
              value={values.delivery_region_codes}
              onChange={(e) => setValues((v) => ({ ...v, delivery_region_codes: Array.from(e.target.selectedOptions, (o) => o.value) }))}
            >
              {REGION_CODES.map((code) => (
                <option key={code} value={code}>
                  {t(`regions.${code}`)}
                </option>
              ))}
            </NativeSelect>
          </FormField>
        </div>
        <FormField id="offer-cert-kind" label={t("supplier.offerForm.certificateKind")}>
          <NativeSelect value={values.certificate_kind} onChange={set("certificate_kind")}>
            <option value="">{t("supplier.offerForm.certificateNone")}</option>
            {CERTIFICATE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`certificates.${kind}`)}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        {values.certificate_kind && (
          <>
            <FormField id="offer-cert-number" label={t("supplier.offerForm.certificateNumber")} error={err("certificate_number")}>
              <Input value={values.certificate_number} onChange={set("certificate_number")} />
            </FormField>
            <FormField id="offer-cert-issuer" label={t("supplier.offerForm.certificateIssuer")} error={err("certificate_issuer")}>
              <Input value={values.certificate_issuer} onChange={set("certificate_issuer")} />
            </FormField>
            <FormField id="offer-cert-expires" label={t("supplier.offerForm.certificateExpires")} error={err("certificate_expires_on")}>
              <Input type="date" value={values.certificate_expires_on} onChange={set("certificate_expires_on")} />
            </FormField>
          </>
        )}
        {apiError && apiError.field !== "price_fen" && apiError.field !== "product_id" && (
          <Text role="alert" className="text-ui-fg-error sm:col-span-2">
            {apiError.message}
          </Text>
        )}
        <div className="sm:col-span-2">
          <Button type="submit" isLoading={create.isPending}>
            {t("supplier.offerForm.submit")}
          </Button>
        </div>
      </form>
    </Container>
  )
}
