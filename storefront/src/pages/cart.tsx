import { Heading, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useCart } from "../app/cart-state"
import { usePurchaser } from "../app/session"
import { CheckoutForm } from "../components/checkout-form"
import { ErrorState, Loading } from "../components/page-state"
import { RequirePurchaser } from "../components/require-purchaser"
import { useLanguage } from "../i18n"
import { cartTotalFen, groupLinesBySupplier, lineTotalFen, supplierDisplay } from "../lib/cart-groups"
import { formatFen, yuanAmountToFen } from "../lib/format"

export function CartPage() {
  return (
    <RequirePurchaser>
      <CartContent />
    </RequirePurchaser>
  )
}

function CartContent() {
  const { t } = useTranslation()
  const language = useLanguage()
  const purchaser = usePurchaser().data!
  const cart = useCart(purchaser.email)

  if (cart.isError) return <ErrorState error={cart.error} onRetry={() => cart.refetch()} />
  if (cart.isLoading) return <Loading />
  const lines = cart.data?.items ?? []
  const groups = groupLinesBySupplier(lines)

  return (
    <div className="flex flex-col gap-6">
      <Heading level="h1">{t("cart.title")}</Heading>
      {lines.length === 0 ? (
        <div className="flex flex-col gap-2">
          <Text>{t("cart.empty")}</Text>
          <Link to="/catalog" className="txt-compact-small text-ui-fg-interactive-hover hover:underline">
            {t("cart.browse")}
          </Link>
        </div>
      ) : (
        <>
          {groups.map((group) => (
            <section key={group.supplier_org_id} aria-labelledby={`group-${group.supplier_org_id}`} data-testid="supplier-group" className="flex flex-col gap-2">
              <div className="flex items-baseline justify-between gap-2">
                <Heading level="h2" id={`group-${group.supplier_org_id}`}>
                  {t("cart.supplierGroup", { supplier: supplierDisplay(group.supplier_org_id, group.supplier_name) })}
                </Heading>
                <Text size="small" className="text-ui-fg-subtle">
                  {t("cart.supplierGroupHint")}
                </Text>
              </div>
              <div className="overflow-x-auto rounded-lg border border-ui-border-base bg-ui-bg-base">
                <Table>
                  <Table.Header>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t("cart.product")}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t("cart.unitPrice")}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t("cart.quantity")}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t("cart.lineTotal")}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {group.lines.map((line) => (
                      <Table.Row key={line.id}>
                        <Table.Cell className="whitespace-normal">
                          {line.product_id ? <Link to={`/products/${line.product_id}`} className="text-ui-fg-interactive-hover hover:underline">{line.product_title ?? line.title}</Link> : line.title}
                        </Table.Cell>
                        <Table.Cell>{formatFen(yuanAmountToFen(line.unit_price), language)}</Table.Cell>
                        <Table.Cell>{line.quantity}</Table.Cell>
                        <Table.Cell>{formatFen(lineTotalFen(line), language)}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
              <Text size="small" weight="plus" className="self-end">
                {t("cart.lineTotal")}: {formatFen(group.total_fen, language)}
              </Text>
            </section>
          ))}
          <Text weight="plus" className="self-end" data-testid="cart-total">
            {t("cart.total")}: {formatFen(cartTotalFen(groups), language)}
          </Text>
          <CheckoutForm cartId={cart.data!.id} orderCount={groups.length} />
        </>
      )}
    </div>
  )
}
