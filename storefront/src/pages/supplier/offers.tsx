import { Badge, Button, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { sdk } from "../../api/client"
import { changeOfferPrice, listOffers, submitOffer, withdrawOffer, type OfferStatus, type SupplierOffer } from "../../api/supplier"
import { FormField } from "../../components/form-field"
import { OfferCreateForm } from "../../components/offer-create-form"
import { ErrorState, Loading } from "../../components/page-state"
import { Pagination } from "../../components/pagination"
import { RequireSupplier } from "../../components/require-supplier"
import { useLanguage } from "../../i18n"
import { describeApiError } from "../../lib/api-error"
import { formatFen, parseYuanToFen } from "../../lib/format"
import { priceRuleProblem } from "../../lib/offer-price-error"

const PAGE = 20
const OFFERS_KEY = ["supplier", "offers"] as const
export const OFFER_STATUS_COLOR: Record<OfferStatus, "grey" | "orange" | "green" | "red"> = {
  draft: "grey",
  pending_review: "orange",
  approved: "green",
  rejected: "red",
  delisted: "red",
}
/** The offer table's transitions a supplier starts (e-mall's offer-lifecycle): submit and withdraw. */
const CAN_SUBMIT: OfferStatus[] = ["draft", "rejected", "delisted"]
const CAN_WITHDRAW: OfferStatus[] = ["pending_review", "approved"]

export function SupplierOffersPage() {
  return <RequireSupplier approved>{() => <OffersContent />}</RequireSupplier>
}

async function productTitles(ids: string[]): Promise<Record<string, string>> {
  if (ids.length === 0) return {}
  const { products } = await sdk.store.product.list({ id: ids, fields: "id,title", limit: ids.length })
  return Object.fromEntries(products.map((p) => [p.id, p.title]))
}

function OffersContent() {
  const { t } = useTranslation()
  const client = useQueryClient()
  const [page, setPage] = useState(1)
  const offers = useQuery({
    queryKey: [...OFFERS_KEY, page],
    queryFn: () => listOffers({ limit: PAGE, offset: (page - 1) * PAGE }),
    placeholderData: keepPreviousData,
  })
  const ids = [...new Set(offers.data?.offers.map((o) => o.product_id) ?? [])].sort()
  const titles = useQuery({ queryKey: ["supplier", "product-titles", ids], queryFn: () => productTitles(ids), enabled: ids.length > 0 })
  const refresh = () => client.invalidateQueries({ queryKey: OFFERS_KEY })

  return (
    <div className="flex flex-col gap-4">
      <Heading level="h1">{t("supplier.offers.title")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("supplier.offers.intro")}
      </Text>
      {offers.isPending ? (
        <Loading />
      ) : offers.isError ? (
        <ErrorState error={offers.error} onRetry={() => offers.refetch()} />
      ) : offers.data.offers.length === 0 ? (
        <Text>{t("supplier.offers.empty")}</Text>
      ) : (
        <>
          <div className="overflow-x-auto rounded-lg border border-ui-border-base bg-ui-bg-base">
            <Table>
              <caption className="sr-only">{t("supplier.offers.title")}</caption>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t("supplier.offers.product")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("supplier.offers.price")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("supplier.offers.stock")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("supplier.offers.status")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("supplier.offers.reason")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("supplier.offers.actions")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {offers.data.offers.map((offer) => (
                  <OfferRow key={offer.id} offer={offer} title={titles.data?.[offer.product_id]} onChanged={refresh} />
                ))}
              </Table.Body>
            </Table>
          </div>
          <Pagination page={page} pages={Math.ceil(offers.data.count / PAGE)} onPage={setPage} />
        </>
      )}
      <OfferCreateForm onCreated={refresh} />
    </div>
  )
}

function OfferRow({ offer, title, onChanged }: { offer: SupplierOffer; title?: string; onChanged: () => void }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [editing, setEditing] = useState(false)
  const [price, setPrice] = useState("")
  const [reason, setReason] = useState("")
  const [priceError, setPriceError] = useState<string>()
  const action = useMutation({
    mutationFn: async (kind: "submit" | "withdraw" | "price") => {
      if (kind === "submit") return submitOffer(offer.id)
      if (kind === "withdraw") return withdrawOffer(offer.id)
      const fen = parseYuanToFen(price)
      if (fen === undefined || fen <= 0) throw Object.assign(new Error(t("supplier.offerForm.errors.price")), { local: true })
      return changeOfferPrice(offer.id, fen, reason.trim() || undefined)
    },
    onSuccess: (_, kind) => {
      toast.success(t(kind === "submit" ? "supplier.offers.submitted" : kind === "withdraw" ? "supplier.offers.withdrawn" : "supplier.offers.priceChanged"))
      setEditing(false)
      setPriceError(undefined)
      onChanged()
    },
    onError: (error) => {
      if ((error as { local?: boolean }).local) return setPriceError((error as Error).message)
      const rule = priceRuleProblem((error as Error).message ?? "")
      setPriceError(
        rule
          ? t(rule.key, "referenceFen" in rule ? { reference: formatFen(rule.referenceFen, language) } : {})
          : describeApiError(error, t).message
      )
    },
  })
  const note = offer.status_reason ?? (offer.delist_reason ? t(`supplier.offers.delist.${offer.delist_reason}`) : "—")
  return (
    <Table.Row data-testid="supplier-offer-row" data-status={offer.status} className="align-top">
      <Table.Cell className="whitespace-normal">
        <Link to={`/products/${offer.product_id}`} className="text-ui-fg-interactive-hover hover:underline">
          {title ?? offer.product_id}
        </Link>
      </Table.Cell>
      <Table.Cell>{formatFen(offer.price_fen, language)}</Table.Cell>
      <Table.Cell>{offer.stock ?? "—"}</Table.Cell>
      <Table.Cell>
        <Badge size="2xsmall" color={OFFER_STATUS_COLOR[offer.status]}>
          {t(`supplier.offers.statuses.${offer.status}`)}
        </Badge>
      </Table.Cell>
      <Table.Cell className="max-w-xs whitespace-normal">{note}</Table.Cell>
      <Table.Cell className="whitespace-normal">
        <div className="flex flex-wrap gap-2">
          {CAN_SUBMIT.includes(offer.status) && (
            <Button size="small" variant="secondary" isLoading={action.isPending && action.variables === "submit"} onClick={() => action.mutate("submit")}>
              {t("supplier.offers.submit")}
            </Button>
          )}
          {CAN_WITHDRAW.includes(offer.status) && (
            <Button size="small" variant="secondary" isLoading={action.isPending && action.variables === "withdraw"} onClick={() => action.mutate("withdraw")}>
              {t("supplier.offers.withdraw")}
            </Button>
          )}
          <Button size="small" variant="transparent" aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
            {t("supplier.offers.changePrice")}
          </Button>
        </div>
        {editing && (
          <form
            className="mt-2 flex flex-col gap-2"
            onSubmit={(event) => {
              event.preventDefault()
              action.mutate("price")
            }}
          >
            <FormField id={`price-${offer.id}`} label={t("supplier.offers.newPrice")} error={priceError}>
              <Input inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)} autoFocus />
            </FormField>
            <FormField id={`price-reason-${offer.id}`} label={t("supplier.offers.priceReason")}>
              <Input value={reason} onChange={(e) => setReason(e.target.value)} />
            </FormField>
            <div>
              <Button size="small" type="submit" isLoading={action.isPending && action.variables === "price"}>
                {t("supplier.offers.savePrice")}
              </Button>
            </div>
          </form>
        )}
        {!editing && priceError && (
          <Text role="alert" size="small" className="text-ui-fg-error">
            {priceError}
          </Text>
        )}
      </Table.Cell>
    </Table.Row>
  )
}
