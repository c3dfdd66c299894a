import { Badge, Heading, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { listPriceReports, type PriceReport } from "../api/emall"
import { ErrorState, Loading } from "../components/page-state"
import { Pagination } from "../components/pagination"
import { RequirePurchaser } from "../components/require-purchaser"
import { useLanguage } from "../i18n"
import { supplierCode } from "../lib/cart-groups"
import { formatDateTime, formatFen } from "../lib/format"

const PAGE = 20
const STATUS_COLOR: Record<PriceReport["status"], "orange" | "green" | "red" | "grey" | "blue"> = {
  open: "blue",
  upheld: "orange",
  dismissed: "grey",
  resolved: "green",
  expired: "red",
}

export function PriceReportsPage() {
  return (
    <RequirePurchaser>
      <PriceReportsContent />
    </RequirePurchaser>
  )
}

function PriceReportsContent() {
  const { t } = useTranslation()
  const language = useLanguage()
  const [page, setPage] = useState(1)
  const reports = useQuery({
    queryKey: ["price-reports", page],
    queryFn: () => listPriceReports({ limit: PAGE, offset: (page - 1) * PAGE }),
    placeholderData: keepPreviousData,
  })
  const money = (fen: number | null) => (fen == null ? "—" : formatFen(fen, language))

  return (
    <div className="flex flex-col gap-4">
      <Heading level="h1">{t("priceReports.title")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("priceReports.intro")}
      </Text>
      {reports.isPending ? (
        <Loading />
      ) : reports.isError ? (
        <ErrorState error={reports.error} onRetry={() => reports.refetch()} />
      ) : reports.data.price_reports.length === 0 ? (
        <Text>{t("priceReports.empty")}</Text>
      ) : (
        <>
          <div className="overflow-x-auto rounded-lg border border-ui-border-base bg-ui-bg-base">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t("priceReports.product")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("priceReports.supplier")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("priceReports.reportedPrice")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("priceReports.observedPrice")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("priceReports.status")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("priceReports.decision")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("priceReports.targetPrice")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("priceReports.lowerBy")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("priceReports.reportedAt")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {reports.data.price_reports.map((r) => (
                  <Table.Row key={r.id} data-testid="price-report-row">
                    <Table.Cell>
                      {r.offer ? (
                        <Link to={`/products/${r.offer.product_id}`} className="text-ui-fg-interactive-hover hover:underline">
                          {t("priceReports.viewProduct")}
                        </Link>
                      ) : (
                        "—"
                      )}
                    </Table.Cell>
                    <Table.Cell>{supplierCode(r.supplier_org_id)}</Table.Cell>
                    <Table.Cell>{money(r.reported_price_fen)}</Table.Cell>
                    <Table.Cell>{money(r.observed_price_fen)}</Table.Cell>
                    <Table.Cell>
                      <Badge size="2xsmall" color={STATUS_COLOR[r.status]}>
                        {t(`priceReports.status_${r.status}`)}
                      </Badge>
                    </Table.Cell>
                    <Table.Cell className="whitespace-normal">{r.decision_reason ?? "—"}</Table.Cell>
                    <Table.Cell>{money(r.target_price_fen)}</Table.Cell>
                    <Table.Cell>{r.lower_by ? formatDateTime(r.lower_by, language) : "—"}</Table.Cell>
                    <Table.Cell>{formatDateTime(r.created_at, language)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <Pagination page={page} pages={Math.ceil(reports.data.count / PAGE)} onPage={setPage} />
        </>
      )}
    </div>
  )
}
