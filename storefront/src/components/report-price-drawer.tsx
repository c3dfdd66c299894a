import { Button, Drawer, Input, Label, Text, Textarea } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import type { CatalogOffer } from "../api/catalog"
import { reportOverPrice } from "../api/emall"
import { useLanguage } from "../i18n"
import { describeApiError } from "../lib/api-error"
import { supplierDisplay } from "../lib/cart-groups"
import { regionKey } from "../lib/regions"
import { formatFen, parseYuanToFen } from "../lib/format"

/** 价格举报: the purchaser reports an over-priced offer with evidence (POST /store/emall/price-reports). */
export function ReportPriceDrawer({ offer, onClose }: { offer: CatalogOffer; onClose: () => void }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [evidenceText, setEvidenceText] = useState("")
  const [observed, setObserved] = useState("")
  const [url, setUrl] = useState("")
  const [priceInvalid, setPriceInvalid] = useState(false)
  const client = useQueryClient()
  const report = useMutation({
    onSuccess: () => void client.invalidateQueries({ queryKey: ["price-reports"] }),
    mutationFn: () =>
      reportOverPrice({
        offer_id: offer.id,
        evidence_text: evidenceText,
        evidence_url: url.trim() || undefined,
        observed_price_fen: observed.trim() ? parseYuanToFen(observed) : undefined,
      }),
  })
  const error = report.error ? describeApiError(report.error, t) : undefined
  const regionCode = offer.supplier?.region_code
  const region = regionCode ? (regionKey(regionCode) ? t(regionKey(regionCode)!) : regionCode) : null
  const supplierWithRegion = supplierDisplay(offer.supplier_org_id, offer.supplier?.name) + (region ? `（${region}）` : "")

  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content aria-describedby="report-intro">
        <Drawer.Header>
          <Drawer.Title>{t("report.title")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-4">
          <Text id="report-intro" size="small" className="text-ui-fg-subtle">
            {t("report.intro")}
          </Text>
          <Text size="small" weight="plus">
            {t("report.offer", { supplier: supplierWithRegion, price: formatFen(offer.price_fen, language) })}
          </Text>
          {report.isSuccess ? (
            <Text role="status" className="text-ui-fg-interactive-hover">
              {t("report.submitted", { id: report.data.price_report.id })}
            </Text>
          ) : (
            <form
              id="report-form"
              className="flex flex-col gap-3"
              onSubmit={(event) => {
                event.preventDefault()
                const invalid = observed.trim() !== "" && !parseYuanToFen(observed)
                setPriceInvalid(invalid)
                if (!invalid) report.mutate()
              }}
            >
              <div className="flex flex-col gap-1">
                <Label htmlFor="report-text">{t("report.evidenceText")}</Label>
                <Textarea
                  id="report-text"
                  required
                  value={evidenceText}
                  onChange={(e) => setEvidenceText(e.target.value)}
                  placeholder={t("report.evidenceTextHint")}
                  aria-invalid={error?.field === "evidence_text" || undefined}
                />
              </div>
              <div className="flex flex-col gap-1">
                <Label htmlFor="report-price">
                  {t("report.observedPrice")} ({t("common.optional")})
                </Label>
                <Input
                  id="report-price"
                  inputMode="decimal"
                  value={observed}
                  onChange={(e) => setObserved(e.target.value)}
                  aria-invalid={priceInvalid || error?.field === "observed_price_fen" || undefined}
                  aria-describedby={priceInvalid ? "report-price-error" : undefined}
                />
                {priceInvalid && (
                  <Text id="report-price-error" size="xsmall" className="text-ui-fg-error">
                    {t("report.invalidPrice")}
                  </Text>
                )}
              </div>
              <div className="flex flex-col gap-1">
                <Label htmlFor="report-url">
                  {t("report.evidenceUrl")} ({t("common.optional")})
                </Label>
                <Input id="report-url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} aria-invalid={error?.field === "evidence_url" || undefined} />
              </div>
              {error && (
                <Text role="alert" size="small" className="text-ui-fg-error">
                  {error.message}
                </Text>
              )}
            </form>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Button variant="secondary" onClick={onClose}>
            {t("common.close")}
          </Button>
          {!report.isSuccess && (
            <Button type="submit" form="report-form" isLoading={report.isPending}>
              {t("report.submit")}
            </Button>
          )}
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
