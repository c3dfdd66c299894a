import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Alert, Badge, Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Fields, LoadError, Loading, Money, OfferStatus, OrganizationName } from "../components/shared"
import { adminFetch, emallKeys, useOffers, useReferencePrice } from "../lib/api"
import { formatShanghai } from "../lib/labels"
import { fenToYuanInput, parseYuanToFen } from "../lib/money"

/** On Medusa's product page: the product's e-mall offers and its reference price (the cap). */
const ProductOffersWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useTranslation("emall")
  const reference = useReferencePrice(product.id)
  const offers = useOffers({ product_id: product.id, limit: 100 })
  const [editing, setEditing] = useState(false)
  const referenceFen = reference.data?.price_fen ?? null

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("widget.title")}</Heading>
        {!editing && !reference.isLoading && (
          <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
            {reference.data ? t("widget.replace") : t("widget.record")}
          </Button>
        )}
      </div>
      <div className="px-6 py-4">
        {reference.isLoading ? (
          <Loading />
        ) : reference.error ? (
          <LoadError error={reference.error} />
        ) : editing ? (
          <ReferencePriceForm productId={product.id} initialFen={referenceFen} onClose={() => setEditing(false)} />
        ) : reference.data ? (
          <Fields
            rows={[
              [t("widget.referencePrice"), <Money fen={reference.data.price_fen} />],
              [t("widget.source"), reference.data.source],
              [t("widget.note"), reference.data.note],
              [t("widget.recordedAt"), formatShanghai(reference.data.recorded_at)],
            ]}
          />
        ) : (
          <Text size="small" className="text-ui-fg-subtle">{t("widget.noReference")}</Text>
        )}
      </div>
      <div className="flex flex-col gap-y-2 py-4">
        <Heading level="h3" className="px-6">{t("widget.offers")}</Heading>
        {offers.isLoading ? (
          <Loading />
        ) : offers.error ? (
          <LoadError error={offers.error} />
        ) : offers.data!.offers.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle px-6">{t("widget.noOffers")}</Text>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("common.supplier")}</Table.HeaderCell>
                <Table.HeaderCell>{t("common.price")}</Table.HeaderCell>
                <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {offers.data!.offers.map((offer) => (
                <Table.Row key={offer.id}>
                  <Table.Cell><OrganizationName id={offer.supplier_org_id} /></Table.Cell>
                  <Table.Cell>
                    <Money fen={offer.price_fen} />
                    {referenceFen !== null && offer.price_fen > referenceFen && (
                      <Badge size="2xsmall" color="red" className="ml-2">{t("widget.overReference")}</Badge>
                    )}
                  </Table.Cell>
                  <Table.Cell><OfferStatus status={offer.status} /></Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </div>
    </Container>
  )
}

function ReferencePriceForm({ productId, initialFen, onClose }: { productId: string; initialFen: number | null; onClose: () => void }) {
  const { t } = useTranslation("emall")
  const client = useQueryClient()
  const [price, setPrice] = useState(initialFen === null ? "" : fenToYuanInput(initialFen))
  const [source, setSource] = useState("")
  const [note, setNote] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const parsed = parseYuanToFen(price)
    if (!parsed.ok) {
      setError(t(`money.${parsed.error}`))
      return
    }
    setPending(true)
    setError(null)
    try {
      await adminFetch("/admin/reference-prices", {
        method: "POST",
        body: { product_id: productId, price_fen: parsed.fen, source: source.trim(), ...(note.trim() ? { note: note.trim() } : {}) },
      })
      toast.success(t("widget.saved"))
      await client.invalidateQueries({ queryKey: emallKeys.referencePrice(productId) })
      onClose()
    } catch (e) {
      setError(t("common.error", { message: (e as Error).message }))
    } finally {
      setPending(false)
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-3">
      <div className="grid grid-cols-2 gap-3">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="emall-reference-price">{t("widget.priceYuan")}</Label>
          <Input id="emall-reference-price" inputMode="decimal" placeholder="2999.00" value={price} onChange={(e) => setPrice(e.target.value)} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="emall-reference-source">{t("widget.source")}</Label>
          <Input id="emall-reference-source" placeholder={t("widget.sourcePlaceholder")} value={source} maxLength={500} onChange={(e) => setSource(e.target.value)} />
        </div>
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="emall-reference-note">{t("widget.note")}</Label>
        <Input id="emall-reference-note" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      </div>
      {error && <Alert variant="error">{error}</Alert>}
      <div className="flex justify-end gap-x-2">
        <Button type="button" size="small" variant="secondary" onClick={onClose}>{t("common.cancel")}</Button>
        <Button type="submit" size="small" isLoading={pending}>{t("widget.save")}</Button>
      </div>
    </form>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductOffersWidget
