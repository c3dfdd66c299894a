import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShoppingCart } from "@medusajs/icons"
import { Button, Container, Drawer, Heading, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { DecisionDrawer } from "../../components/decision-drawer"
import { Fields, LoadError, StatusListHeader, Loading, Money, OfferStatus, OrganizationName, Pager, PriceHistory, ProductName, ReportStatus } from "../../components/shared"
import { adminFetch, PAGE_SIZE, useOffer, useOffers, usePriceReports } from "../../lib/api"
import { formatShanghai, OFFER_STATUSES, offerDecisions } from "../../lib/labels"

/** 上架审查: offers by status (pending review first), detail with certificates and price history. */
const ListingReviewPage = () => {
  const { t } = useTranslation("emall")
  const [status, setStatus] = useState<string>("pending_review")
  const [offset, setOffset] = useState(0)
  const [selected, setSelected] = useState<string | null>(null)
  const { data, isLoading, error } = useOffers({ status, offset })

  return (
    <Container className="divide-y p-0">
      <StatusListHeader
        title={t("review.title")}
        subtitle={t("review.subtitle")}
        status={status}
        statuses={OFFER_STATUSES}
        labelKey="offerStatus"
        onStatus={(value) => { setStatus(value); setOffset(0) }}
      />
      {isLoading ? (
        <Loading />
      ) : error ? (
        <LoadError error={error} />
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("common.product")}</Table.HeaderCell>
                <Table.HeaderCell>{t("common.supplier")}</Table.HeaderCell>
                <Table.HeaderCell>{t("common.price")}</Table.HeaderCell>
                <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
                <Table.HeaderCell>{t("common.submittedAt")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data!.offers.map((offer) => (
                <Table.Row key={offer.id} className="cursor-pointer" onClick={() => setSelected(offer.id)}>
                  <Table.Cell className="py-2"><ProductName id={offer.product_id} /></Table.Cell>
                  <Table.Cell><OrganizationName id={offer.supplier_org_id} /></Table.Cell>
                  <Table.Cell><Money fen={offer.price_fen} /></Table.Cell>
                  <Table.Cell><OfferStatus status={offer.status} /></Table.Cell>
                  <Table.Cell>{formatShanghai(offer.submitted_at)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {data!.offers.length === 0 && <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t("common.empty")}</Text>}
          <Pager count={data!.count ?? 0} offset={offset} pageSize={PAGE_SIZE} onOffset={setOffset} />
        </>
      )}
      <OfferDetail id={selected} onClose={() => setSelected(null)} />
    </Container>
  )
}

function OfferDetail({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation("emall")
  const client = useQueryClient()
  const { data, isLoading, error } = useOffer(id)
  const reports = usePriceReports({ offer_id: id ?? undefined }, !!id)
  const prompt = usePrompt()
  const [rejecting, setRejecting] = useState(false)
  const [approving, setApproving] = useState(false)
  const offer = data?.offer

  const approve = async () => {
    if (!offer) return
    const confirmed = await prompt({ title: t("review.approve"), description: t("review.approveConfirm"), confirmText: t("review.approve"), cancelText: t("common.cancel") })
    if (!confirmed) return
    setApproving(true)
    try {
      await adminFetch(`/admin/offers/${encodeURIComponent(offer.id)}/approve`, { method: "POST", body: {} })
      toast.success(t("review.approved"))
    } catch (e) {
      toast.error(t("common.error", { message: (e as Error).message }))
    } finally {
      setApproving(false)
      refreshAll()
    }
  }
  // Every e-mall query (this list, the detail, report lists) shows the decision at once.
  const refreshAll = () => void client.invalidateQueries({ queryKey: ["emall"] })

  return (
    <Drawer open={!!id} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content className="max-w-3xl">
        <Drawer.Header>
          <Drawer.Title>{t("common.details")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          {isLoading ? (
            <Loading />
          ) : error ? (
            <LoadError error={error} />
          ) : offer ? (
            <>
              <Fields
                rows={[
                  [t("common.product"), <ProductName id={offer.product_id} />],
                  [t("common.supplier"), <OrganizationName id={offer.supplier_org_id} />],
                  [t("common.price"), <Money fen={offer.price_fen} />],
                  [t("common.status"), <OfferStatus status={offer.status} />],
                  [t("review.statusReason"), offer.delist_reason ? `${t(`delistReason.${offer.delist_reason}`, { defaultValue: offer.delist_reason })} · ${offer.status_reason ?? ""}` : offer.status_reason],
                  [t("review.stock"), offer.stock],
                  [t("review.regions"), offer.delivery_region_codes.join(", ")],
                  [t("review.leadTime"), offer.lead_time_days === null ? null : t("review.days", { count: offer.lead_time_days })],
                  [t("review.warranty"), offer.warranty_months === null ? null : t("review.months", { count: offer.warranty_months })],
                  [t("common.submittedAt"), formatShanghai(offer.submitted_at)],
                ]}
              />
              <section className="flex flex-col gap-y-2">
                <Heading level="h3">{t("review.certificates")}</Heading>
                {(offer.certificates ?? []).length === 0 ? (
                  <Text size="small" className="text-ui-fg-subtle">{t("common.none")}</Text>
                ) : (
                  <Table>
                    <Table.Header>
                      <Table.Row>
                        <Table.HeaderCell>{t("review.certificates")}</Table.HeaderCell>
                        <Table.HeaderCell>{t("review.certNumber")}</Table.HeaderCell>
                        <Table.HeaderCell>{t("review.certIssuer")}</Table.HeaderCell>
                        <Table.HeaderCell>{t("review.certExpires")}</Table.HeaderCell>
                      </Table.Row>
                    </Table.Header>
                    <Table.Body>
                      {offer.certificates!.map((c) => (
                        <Table.Row key={c.id}>
                          <Table.Cell>{t(`certificateKind.${c.kind}`, { defaultValue: c.kind })}</Table.Cell>
                          <Table.Cell>{c.number}</Table.Cell>
                          <Table.Cell>{c.issuer ?? "—"}</Table.Cell>
                          <Table.Cell>{c.expires_on}</Table.Cell>
                        </Table.Row>
                      ))}
                    </Table.Body>
                  </Table>
                )}
              </section>
              <section className="flex flex-col gap-y-2">
                <Heading level="h3">{t("review.priceHistory")}</Heading>
                <PriceHistory changes={offer.price_changes} />
              </section>
              <section className="flex flex-col gap-y-2">
                <Heading level="h3">{t("review.reports")}</Heading>
                {(reports.data?.price_reports ?? []).length === 0 ? (
                  <Text size="small" className="text-ui-fg-subtle">{t("common.none")}</Text>
                ) : (
                  reports.data!.price_reports.map((r) => (
                    <div key={r.id} className="flex items-center gap-x-3">
                      <ReportStatus status={r.status} />
                      <Text size="small">{formatShanghai(r.created_at)}</Text>
                      {r.target_price_fen !== null && <Text size="small">{t("reports.targetPrice")} <Money fen={r.target_price_fen} /></Text>}
                    </div>
                  ))
                )}
              </section>
            </>
          ) : null}
        </Drawer.Body>
        {offer && offerDecisions(offer.status).length > 0 && (
          <Drawer.Footer>
            <Button variant="danger" onClick={() => setRejecting(true)}>{t("review.reject")}</Button>
            <Button onClick={approve} isLoading={approving}>{t("review.approve")}</Button>
          </Drawer.Footer>
        )}
      </Drawer.Content>
      {offer && (
        <DecisionDrawer
          open={rejecting}
          onOpenChange={setRejecting}
          title={t("review.rejectTitle")}
          hint={t("review.rejectHint")}
          confirmLabel={t("review.reject")}
          variant="danger"
          onSubmit={async (reason) => {
            await adminFetch(`/admin/offers/${encodeURIComponent(offer.id)}/reject`, { method: "POST", body: { reason } })
            toast.success(t("review.rejected"))
            refreshAll()
          }}
        />
      )}
    </Drawer>
  )
}

export const config = defineRouteConfig({
  label: "menu.listingReview",
  translationNs: "emall",
  icon: ShoppingCart,
  rank: 10,
})

export default ListingReviewPage
