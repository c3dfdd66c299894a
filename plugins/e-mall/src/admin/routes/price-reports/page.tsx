import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ExclamationCircle } from "@medusajs/icons"
import { Button, Container, Drawer, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { DecisionDrawer } from "../../components/decision-drawer"
import { Fields, LoadError, StatusListHeader, Loading, Money, OfferStatus, OrganizationName, Pager, PriceHistory, ProductName, ReportStatus } from "../../components/shared"
import { adminFetch, PAGE_SIZE, type PriceReport, useOffer, usePriceReport, usePriceReports } from "../../lib/api"
import { formatShanghai, PRICE_REPORT_STATUSES, priceReportDecisions } from "../../lib/labels"
import { formatFen, parseYuanToFen } from "../../lib/money"

/** 价格举报: reports by status (open first), detail with evidence and the offer's price history. */
const PriceReportsPage = () => {
  const { t } = useTranslation("emall")
  const [status, setStatus] = useState<string>("open")
  const [offset, setOffset] = useState(0)
  const [selected, setSelected] = useState<string | null>(null)
  const { data, isLoading, error } = usePriceReports({ status, offset })

  return (
    <Container className="divide-y p-0">
      <StatusListHeader
        title={t("reports.title")}
        subtitle={t("reports.subtitle")}
        status={status}
        statuses={PRICE_REPORT_STATUSES}
        labelKey="reportStatus"
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
                <Table.HeaderCell>{t("reports.reportedPrice")}</Table.HeaderCell>
                <Table.HeaderCell>{t("reports.observedPrice")}</Table.HeaderCell>
                <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
                <Table.HeaderCell>{t("reports.lowerBy")}</Table.HeaderCell>
                <Table.HeaderCell>{t("common.createdAt")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data!.price_reports.map((report) => (
                <Table.Row key={report.id} className="cursor-pointer" onClick={() => setSelected(report.id)}>
                  <Table.Cell className="py-2">{report.offer ? <ProductName id={report.offer.product_id} /> : report.offer_id}</Table.Cell>
                  <Table.Cell><OrganizationName id={report.supplier_org_id} /></Table.Cell>
                  <Table.Cell><Money fen={report.reported_price_fen} /></Table.Cell>
                  <Table.Cell><Money fen={report.observed_price_fen} /></Table.Cell>
                  <Table.Cell><ReportStatus status={report.status} /></Table.Cell>
                  <Table.Cell>{formatShanghai(report.lower_by)}</Table.Cell>
                  <Table.Cell>{formatShanghai(report.created_at)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {data!.price_reports.length === 0 && <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t("common.empty")}</Text>}
          <Pager count={data!.count ?? 0} offset={offset} pageSize={PAGE_SIZE} onOffset={setOffset} />
        </>
      )}
      <ReportDetail id={selected} onClose={() => setSelected(null)} />
    </Container>
  )
}

function ReportDetail({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation("emall")
  const client = useQueryClient()
  const { data, isLoading, error } = usePriceReport(id)
  const report = data?.price_report
  const offer = useOffer(report?.offer_id ?? null)
  const [decision, setDecision] = useState<"uphold" | "dismiss" | null>(null)
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
          ) : report ? (
            <>
              <Fields
                rows={[
                  [t("common.product"), report.offer ? <ProductName id={report.offer.product_id} /> : report.offer_id],
                  [t("common.supplier"), <OrganizationName id={report.supplier_org_id} />],
                  [t("reports.reporter"), <OrganizationName id={report.reporter_org_id} />],
                  [t("common.status"), <ReportStatus status={report.status} />],
                  [t("reports.reportedPrice"), <Money fen={report.reported_price_fen} />],
                  [t("reports.observedPrice"), <Money fen={report.observed_price_fen} />],
                  [t("reports.currentPrice"), report.offer ? <span className="flex items-center gap-x-2"><Money fen={report.offer.price_fen} /><OfferStatus status={report.offer.status} /></span> : null],
                  [t("common.createdAt"), formatShanghai(report.created_at)],
                ]}
              />
              <section className="flex flex-col gap-y-2">
                <Heading level="h3">{t("reports.evidence")}</Heading>
                <Text size="small" className="whitespace-pre-wrap">{report.evidence_text}</Text>
                {report.evidence_url && (
                  <Text size="small">
                    {t("reports.evidenceLink")}:{" "}
                    <a href={report.evidence_url} target="_blank" rel="noopener noreferrer" className="text-ui-fg-interactive break-all">
                      {report.evidence_url}
                    </a>
                  </Text>
                )}
              </section>
              {report.status !== "open" && <DecisionFields report={report} />}
              <section className="flex flex-col gap-y-2">
                <Heading level="h3">{t("reports.offerHistory")}</Heading>
                {offer.isLoading ? <Loading /> : offer.error ? <LoadError error={offer.error} /> : <PriceHistory changes={offer.data?.offer.price_changes} />}
              </section>
            </>
          ) : null}
        </Drawer.Body>
        {report && priceReportDecisions(report.status).length > 0 && (
          <Drawer.Footer>
            <Button variant="secondary" onClick={() => setDecision("dismiss")}>{t("reports.dismiss")}</Button>
            <Button variant="danger" onClick={() => setDecision("uphold")}>{t("reports.uphold")}</Button>
          </Drawer.Footer>
        )}
      </Drawer.Content>
      {report && (
        <>
          <UpholdDrawer report={report} open={decision === "uphold"} onOpenChange={(open) => setDecision(open ? "uphold" : null)} onDone={refreshAll} />
          <DecisionDrawer
            open={decision === "dismiss"}
            onOpenChange={(open) => setDecision(open ? "dismiss" : null)}
            title={t("reports.dismissTitle")}
            confirmLabel={t("reports.dismiss")}
            onSubmit={async (reason) => {
              await adminFetch(`/admin/price-reports/${encodeURIComponent(report.id)}/dismiss`, { method: "POST", body: { reason } })
              toast.success(t("reports.dismissed"))
              refreshAll()
            }}
          />
        </>
      )}
    </Drawer>
  )
}

function DecisionFields({ report }: { report: PriceReport }) {
  const { t } = useTranslation("emall")
  return (
    <section className="flex flex-col gap-y-2">
      <Heading level="h3">{t("reports.decision")}</Heading>
      <Fields
        rows={[
          [t("reports.decisionReason"), report.decision_reason],
          [t("reports.decidedAt"), formatShanghai(report.decided_at)],
          ...(report.target_price_fen !== null
            ? ([
                [t("reports.targetPrice"), <Money fen={report.target_price_fen} />],
                [t("reports.lowerBy"), <span title={t("reports.lowerByHint")}>{formatShanghai(report.lower_by)} <Text size="xsmall" className="text-ui-fg-subtle" asChild><span>({t("reports.lowerByHint")})</span></Text></span>],
              ] as Array<[string, React.ReactNode]>)
            : []),
          ...(report.resolved_price_fen !== null ? ([[t("reports.resolvedPrice"), <Money fen={report.resolved_price_fen} />]] as Array<[string, React.ReactNode]>) : []),
        ]}
      />
    </section>
  )
}

/** Uphold = reason + target price typed in yuan, sent as exact integer fen. */
function UpholdDrawer({ report, open, onOpenChange, onDone }: { report: PriceReport; open: boolean; onOpenChange: (open: boolean) => void; onDone: () => void }) {
  const { t } = useTranslation("emall")
  const [target, setTarget] = useState("")
  const currentFen = report.offer?.price_fen ?? report.reported_price_fen
  const parsed = parseYuanToFen(target)

  return (
    <DecisionDrawer
      open={open}
      onOpenChange={(next) => {
        if (!next) setTarget("")
        onOpenChange(next)
      }}
      title={t("reports.upholdTitle")}
      confirmLabel={t("reports.uphold")}
      variant="danger"
      validateExtra={() => (parsed.ok ? null : t(`money.${parsed.error}`))}
      onSubmit={async (reason) => {
        if (!parsed.ok) return
        await adminFetch(`/admin/price-reports/${encodeURIComponent(report.id)}/uphold`, {
          method: "POST",
          body: { reason, target_price_fen: parsed.fen },
        })
        toast.success(t("reports.upheld"))
        setTarget("")
        onDone()
      }}
    >
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="emall-target-price">{t("reports.targetYuan")}</Label>
        <Input id="emall-target-price" inputMode="decimal" placeholder="2499.00" value={target} onChange={(e) => setTarget(e.target.value)} />
        <Text size="xsmall" className="text-ui-fg-subtle">
          {target.trim() !== "" && parsed.ok ? `= ${formatFen(parsed.fen)} · ` : ""}
          {t("reports.targetHint", { price: formatFen(currentFen) })}
        </Text>
        {target.trim() !== "" && !parsed.ok && <Text size="xsmall" className="text-ui-fg-error">{t(`money.${parsed.error}`)}</Text>}
      </div>
    </DecisionDrawer>
  )
}

export const config = defineRouteConfig({
  label: "menu.priceReports",
  translationNs: "emall",
  icon: ExclamationCircle,
  rank: 11,
})

export default PriceReportsPage
