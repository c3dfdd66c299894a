import { Badge, Button, Input, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import type { CatalogOffer } from "../api/catalog"
import { addOfferToCart } from "../api/emall"
import { usePurchaser } from "../app/session"
import { useLanguage } from "../i18n"
import { describeApiError } from "../lib/api-error"
import { supplierDisplay } from "../lib/cart-groups"
import { formatDate, formatFen } from "../lib/format"
import { regionKey } from "../lib/regions"
import { ReportPriceDrawer } from "./report-price-drawer"

/** Every supplier's offer for one product, side by side, cheapest first (the API's order). */
export function OffersTable({ offers }: { offers: CatalogOffer[] }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const purchaser = usePurchaser().data
  const [reporting, setReporting] = useState<CatalogOffer | null>(null)
  const lowest = Math.min(...offers.map((o) => o.price_fen))

  return (
    <>
      <div className="overflow-x-auto rounded-lg border border-ui-border-base bg-ui-bg-base">
        <Table>
          <caption className="sr-only">{t("product.offersCaption", { count: offers.length })}</caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t("product.supplier")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("product.price")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("product.stock")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("product.leadTime")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("product.warranty")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("product.deliveryRegions")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("product.certificates")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("product.actions")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {offers.map((offer) => {
              const supplier = supplierDisplay(offer.supplier_org_id, offer.supplier?.name)
              const regionCode = offer.supplier?.region_code
              return (
                <Table.Row key={offer.id} data-testid="offer-row" data-offer-id={offer.id} data-supplier={offer.supplier_org_id}>
                  <Table.Cell className="whitespace-normal">
                    <Text size="small" weight="plus" data-testid="offer-supplier">
                      {offer.supplier ? supplier : t("product.supplierLabel", { supplier })}
                    </Text>
                    {regionCode && (
                      <Text size="xsmall" className="text-ui-fg-subtle" data-testid="offer-supplier-region">
                        {regionKey(regionCode) ? t(regionKey(regionCode)!) : regionCode}
                      </Text>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <span className="flex items-center gap-2">
                      <Text size="small" weight="plus">
                        {formatFen(offer.price_fen, language)}
                      </Text>
                      {offer.price_fen === lowest && (
                        <Badge size="2xsmall" color="green">
                          {t("product.lowest")}
                        </Badge>
                      )}
                    </span>
                  </Table.Cell>
                  <Table.Cell>{offer.stock}</Table.Cell>
                  <Table.Cell>{t("product.leadTimeDays", { count: offer.lead_time_days })}</Table.Cell>
                  <Table.Cell>{t("product.warrantyMonths", { count: offer.warranty_months })}</Table.Cell>
                  <Table.Cell className="whitespace-normal">
                    {offer.delivery_region_codes.map((code) => (regionKey(code) ? t(regionKey(code)!) : code)).join("、")}
                  </Table.Cell>
                  <Table.Cell className="whitespace-normal">
                    {offer.certificates.length === 0
                      ? t("product.none")
                      : offer.certificates.map((c) => (
                          <Text key={c.number} size="xsmall" className={c.valid ? "" : "text-ui-fg-error"}>
                            {c.valid
                              ? t("certificates.validUntil", {
                                  kind: t(`certificates.${c.kind}`),
                                  number: c.number,
                                  date: formatDate(c.expires_on, language),
                                })
                              : t("certificates.expired", { kind: t(`certificates.${c.kind}`) })}
                          </Text>
                        ))}
                  </Table.Cell>
                  <Table.Cell>
                    {purchaser ? (
                      <div className="flex flex-col gap-1 py-1">
                        <AddToCart offer={offer} email={purchaser.email} supplier={supplier} />
                        <Button size="small" variant="transparent" aria-label={t("product.reportFor", { supplier })} onClick={() => setReporting(offer)}>
                          {t("product.report")}
                        </Button>
                      </div>
                    ) : (
                      <Link to="/login" className="txt-compact-small text-ui-fg-interactive-hover hover:underline">
                        {t("product.loginToBuy")}
                      </Link>
                    )}
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      </div>
      {reporting && <ReportPriceDrawer offer={reporting} onClose={() => setReporting(null)} />}
    </>
  )
}

function AddToCart({ offer, email, supplier }: { offer: CatalogOffer; email: string; supplier: string }) {
  const { t } = useTranslation()
  const client = useQueryClient()
  const [quantity, setQuantity] = useState("1")
  const add = useMutation({
    mutationFn: () => addOfferToCart(email, offer.id, Number(quantity)),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ["cart"] })
      toast.success(t("product.added", { supplier, quantity }))
    },
    onError: (error) => toast.error(describeApiError(error, t).message),
  })
  const inputId = `qty-${offer.id}`
  return (
    <form
      className="flex items-center gap-1"
      onSubmit={(event) => {
        event.preventDefault()
        add.mutate()
      }}
    >
      <label htmlFor={inputId} className="sr-only">
        {t("cart.quantity")}
      </label>
      <Input id={inputId} type="number" min={1} max={offer.stock} size="small" className="w-16" value={quantity} onChange={(e) => setQuantity(e.target.value)} />
      <Button type="submit" size="small" isLoading={add.isPending} aria-label={t("product.addToCartFor", { supplier })}>
        {t("product.addToCart")}
      </Button>
    </form>
  )
}
