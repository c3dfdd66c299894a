import { Badge, Button, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { confirmOrder, declineOrder, listSupplierOrders, type SupplierOrder } from "../../api/supplier"
import { FormField } from "../../components/form-field"
import { ErrorState, Loading } from "../../components/page-state"
import { RequireSupplier } from "../../components/require-supplier"
import { useLanguage } from "../../i18n"
import { describeApiError } from "../../lib/api-error"
import { formatDateTime, formatFen } from "../../lib/format"

const ORDERS_KEY = ["supplier", "orders"] as const
const STATUS_COLOR: Record<SupplierOrder["status"], "orange" | "green" | "red" | "grey"> = {
  pending_confirmation: "orange",
  confirmed: "green",
  declined: "red",
  cancelled: "grey",
}

export function SupplierOrdersPage() {
  return <RequireSupplier approved>{() => <OrdersContent />}</RequireSupplier>
}

function OrdersContent() {
  const { t } = useTranslation()
  const orders = useQuery({ queryKey: ORDERS_KEY, queryFn: listSupplierOrders })
  return (
    <div className="flex flex-col gap-4">
      <Heading level="h1">{t("supplier.orders.title")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("supplier.orders.intro")}
      </Text>
      {orders.isPending ? (
        <Loading />
      ) : orders.isError ? (
        <ErrorState error={orders.error} onRetry={() => orders.refetch()} />
      ) : orders.data.emall_orders.length === 0 ? (
        <Text>{t("supplier.orders.empty")}</Text>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-ui-border-base bg-ui-bg-base">
          <Table>
            <caption className="sr-only">{t("supplier.orders.title")}</caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("supplier.orders.order")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("supplier.orders.items")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("supplier.orders.total")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("supplier.orders.status")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("supplier.orders.confirmBy")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("supplier.offers.actions")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {orders.data.emall_orders.map((order) => (
                <OrderRow key={order.id} order={order} />
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  )
}

function OrderRow({ order }: { order: SupplierOrder }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const client = useQueryClient()
  const [declining, setDeclining] = useState(false)
  const [reason, setReason] = useState("")
  const [empty, setEmpty] = useState(false)
  const decide = useMutation({
    mutationFn: (kind: "confirm" | "decline") => (kind === "confirm" ? confirmOrder(order.id) : declineOrder(order.id, reason.trim())),
    onSuccess: async (_, kind) => {
      toast.success(t(kind === "confirm" ? "supplier.orders.confirmed" : "supplier.orders.declined"))
      await client.invalidateQueries({ queryKey: ORDERS_KEY })
    },
  })
  const error = decide.error ? describeApiError(decide.error, t).message : undefined
  return (
    <Table.Row data-testid="supplier-order-row" className="align-top">
      <Table.Cell>#{order.order?.display_id ?? order.order_id}</Table.Cell>
      <Table.Cell className="whitespace-normal">
        {order.order?.items.map((item) => `${item.title} × ${item.quantity}`).join("；") ?? "—"}
      </Table.Cell>
      <Table.Cell>{formatFen(order.total_fen, language)}</Table.Cell>
      <Table.Cell>
        <Badge size="2xsmall" color={STATUS_COLOR[order.status]}>
          {t(`supplier.orders.statuses.${order.status}`)}
        </Badge>
        {order.reason && <Text size="xsmall">{order.reason}</Text>}
      </Table.Cell>
      <Table.Cell>{order.confirm_by ? formatDateTime(order.confirm_by, language) : "—"}</Table.Cell>
      <Table.Cell className="whitespace-normal">
        {order.status === "pending_confirmation" && (
          <div className="flex flex-col gap-2">
            <div className="flex gap-2">
              <Button size="small" isLoading={decide.isPending && decide.variables === "confirm"} onClick={() => decide.mutate("confirm")}>
                {t("supplier.orders.confirm")}
              </Button>
              <Button size="small" variant="secondary" aria-expanded={declining} onClick={() => setDeclining((d) => !d)}>
                {t("supplier.orders.decline")}
              </Button>
            </div>
            {declining && (
              <form
                className="flex flex-col gap-2"
                onSubmit={(event) => {
                  event.preventDefault()
                  setEmpty(!reason.trim())
                  if (reason.trim()) decide.mutate("decline")
                }}
              >
                <FormField id={`decline-${order.id}`} label={t("supplier.orders.declineReason")} error={empty ? t("supplier.offerForm.errors.required") : undefined}>
                  <Input value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
                </FormField>
                <div>
                  <Button size="small" variant="danger" type="submit" isLoading={decide.isPending && decide.variables === "decline"}>
                    {t("supplier.orders.sendDecline")}
                  </Button>
                </div>
              </form>
            )}
            {error && (
              <Text role="alert" size="small" className="text-ui-fg-error">
                {error}
              </Text>
            )}
          </div>
        )}
      </Table.Cell>
    </Table.Row>
  )
}
