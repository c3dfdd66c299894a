import { Badge, Heading, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useLocation } from "react-router-dom"
import { type EmallOrder, listOrders } from "../api/emall"
import { ErrorState, Loading } from "../components/page-state"
import { Pagination } from "../components/pagination"
import { RequirePurchaser } from "../components/require-purchaser"
import { useLanguage } from "../i18n"
import { supplierDisplay } from "../lib/cart-groups"
import { formatDateTime, formatFen } from "../lib/format"

const PAGE = 20
const STATUS_COLOR: Record<EmallOrder["status"], "orange" | "green" | "red" | "grey"> = {
  pending_confirmation: "orange",
  confirmed: "green",
  declined: "red",
  cancelled: "grey",
}

export function OrdersPage() {
  return (
    <RequirePurchaser>
      <OrdersContent />
    </RequirePurchaser>
  )
}

function OrdersContent() {
  const { t } = useTranslation()
  const language = useLanguage()
  const placed = (useLocation().state as { placed?: number } | null)?.placed
  const [page, setPage] = useState(1)
  const orders = useQuery({
    queryKey: ["orders", page],
    queryFn: () => listOrders({ limit: PAGE, offset: (page - 1) * PAGE }),
    placeholderData: keepPreviousData,
  })

  return (
    <div className="flex flex-col gap-4">
      <Heading level="h1">{t("orders.title")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("orders.intro")}
      </Text>
      {placed ? (
        <Text role="status" className="rounded-lg border border-ui-border-base bg-ui-bg-base p-3 text-ui-fg-interactive-hover">
          {t("checkout.placed", { count: placed })}
        </Text>
      ) : null}
      {orders.isPending ? (
        <Loading />
      ) : orders.isError ? (
        <ErrorState error={orders.error} onRetry={() => orders.refetch()} />
      ) : orders.data.emall_orders.length === 0 ? (
        <Text>{t("orders.empty")}</Text>
      ) : (
        <>
          <div className="overflow-x-auto rounded-lg border border-ui-border-base bg-ui-bg-base">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t("orders.order")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("orders.supplier")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("orders.items")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("orders.total")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("orders.status")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("orders.placedAt")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("orders.confirmBy")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {orders.data.emall_orders.map((o) => (
                  <Table.Row key={o.id} data-testid="order-row">
                    <Table.Cell>#{o.order?.display_id ?? o.order_id}</Table.Cell>
                    <Table.Cell>{supplierDisplay(o.supplier_org_id, o.supplier?.name)}</Table.Cell>
                    <Table.Cell className="whitespace-normal">{o.order?.items.map((i) => `${i.title} × ${i.quantity}`).join("；")}</Table.Cell>
                    <Table.Cell>{formatFen(o.total_fen, language)}</Table.Cell>
                    <Table.Cell>
                      <Badge size="2xsmall" color={STATUS_COLOR[o.status]}>
                        {t(`orders.status_${o.status}`)}
                      </Badge>
                    </Table.Cell>
                    <Table.Cell>{formatDateTime(o.created_at, language)}</Table.Cell>
                    <Table.Cell>{o.confirm_by ? formatDateTime(o.confirm_by, language) : "—"}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <Pagination page={page} pages={Math.ceil(orders.data.count / PAGE)} onPage={setPage} />
        </>
      )}
    </div>
  )
}
