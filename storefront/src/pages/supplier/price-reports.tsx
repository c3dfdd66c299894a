import { Badge, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { listSupplierPriceReports, type SupplierPriceReport } from "../../api/supplier"
import { ErrorState, Loading } from "../../components/page-state"
import { RequireSupplier } from "../../components/require-supplier"
import { useLanguage } from "../../i18n"
import { formatDateTime, formatFen } from "../../lib/format"

const STATUS_COLOR: Record<SupplierPriceReport["status"], "orange" | "green" | "red" | "grey"> = {
  upheld: "orange",
  dismissed: "grey",
  resolved: "green",
  expired: "red",
}

export function SupplierPriceReportsPage() {
  return <RequireSupplier approved>{() => <ReportsContent />}</RequireSupplier>
}

function ReportsContent() {
  const { t } = useTranslation()
  const language = useLanguage()
  const reports = useQuery({ queryKey: ["supplier", "price-reports"], queryFn: listSupplierPriceReports })
  const money = (fen: number | null) => (fen == null ? "—" : formatFen(fen, language))
  return (
    <div className="flex flex-col gap-4">
      <Heading level="h1">{t("supplier.priceReports.title")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("supplier.priceReports.intro")}
      </Text>
      {reports.isPending ? (
        <Loading />
      ) : reports.isError ? (
        <ErrorState error={reports.error} onRetry={() => reports.refetch()} />
      ) : reports.data.price_reports.length === 0 ? (
        <Text>{t("supplier.priceReports.empty")}</Text>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-ui-border-base bg-ui-bg-base">
          <Table>
            <caption className="sr-only">{t("supplier.priceReports.title")}</caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("supplier.priceReports.offer")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("supplier.priceReports.reportedPrice")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("supplier.priceReports.status")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("supplier.priceReports.decision")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("supplier.priceReports.targetPrice")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("supplier.priceReports.lowerBy")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {reports.data.price_reports.map((r) => (
                <Table.Row key={r.id} data-testid="supplier-price-report-row">
                  <Table.Cell className="font-mono">{r.offer_id}</Table.Cell>
                  <Table.Cell>{money(r.reported_price_fen)}</Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={STATUS_COLOR[r.status] ?? "grey"}>
                      {t(`supplier.priceReports.statuses.${r.status}`)}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell className="whitespace-normal">{r.decision_reason ?? "—"}</Table.Cell>
                  <Table.Cell>{money(r.target_price_fen)}</Table.Cell>
                  <Table.Cell>{r.lower_by ? formatDateTime(r.lower_by, language) : "—"}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  )
}
