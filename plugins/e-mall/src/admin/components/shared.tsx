import { Alert, Heading, Select, StatusBadge, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { type PriceChange, useOrganizationName, useProductTitle } from "../lib/api"
import { formatShanghai, offerStatusBadge, priceReportStatusBadge } from "../lib/labels"
import { formatFen } from "../lib/money"

export function OfferStatus({ status }: { status: string }) {
  const { t } = useTranslation("emall")
  const { color, key } = offerStatusBadge(status)
  return <StatusBadge color={color}>{t(key, { defaultValue: status })}</StatusBadge>
}

export function ReportStatus({ status }: { status: string }) {
  const { t } = useTranslation("emall")
  const { color, key } = priceReportStatusBadge(status)
  return <StatusBadge color={color}>{t(key, { defaultValue: status })}</StatusBadge>
}

/** The product's title, its id underneath; the id alone while loading or if unreadable. */
export function ProductName({ id }: { id: string }) {
  const { data } = useProductTitle(id)
  return (
    <div className="flex flex-col">
      <Text size="small" leading="compact" weight="plus">{data ?? id}</Text>
      {data && <Text size="xsmall" className="text-ui-fg-muted">{id}</Text>}
    </div>
  )
}

export function OrganizationName({ id }: { id: string }) {
  const { data } = useOrganizationName(id)
  return <span title={id}>{data ?? id}</span>
}

export function Money({ fen }: { fen: number | null | undefined }) {
  return <span className="tabular-nums">{fen === null || fen === undefined ? "—" : formatFen(fen)}</span>
}

export function Loading() {
  const { t } = useTranslation("emall")
  return <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t("common.loading")}</Text>
}

export function LoadError({ error }: { error: unknown }) {
  const { t } = useTranslation("emall")
  return (
    <Alert variant="error" className="m-4">
      {t("common.loadError", { message: error instanceof Error ? error.message : String(error) })}
    </Alert>
  )
}

/** Label / value rows of a detail view. */
export function Fields({ rows }: { rows: Array<[string, React.ReactNode]> }) {
  return (
    <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-2">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt><Text size="small" className="text-ui-fg-subtle">{label}</Text></dt>
          <dd><Text size="small" asChild><div>{value ?? "—"}</div></Text></dd>
        </div>
      ))}
    </dl>
  )
}

export function PriceHistory({ changes }: { changes: PriceChange[] | undefined }) {
  const { t } = useTranslation("emall")
  const rows = [...(changes ?? [])].sort((a, b) => b.changed_at.localeCompare(a.changed_at))
  if (rows.length === 0) {
    return <Text size="small" className="text-ui-fg-subtle">{t("common.none")}</Text>
  }
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{t("review.changedAt")}</Table.HeaderCell>
          <Table.HeaderCell>{t("review.change")}</Table.HeaderCell>
          <Table.HeaderCell>{t("review.oldPrice")}</Table.HeaderCell>
          <Table.HeaderCell>{t("review.newPrice")}</Table.HeaderCell>
          <Table.HeaderCell>{t("common.reason")}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((c) => (
          <Table.Row key={c.id}>
            <Table.Cell>{formatShanghai(c.changed_at)}</Table.Cell>
            <Table.Cell>
              {t(`priceChange.${c.change}`, { defaultValue: c.change })}
              {c.needs_review ? ` · ${t("review.needsReview")}` : ""}
            </Table.Cell>
            <Table.Cell><Money fen={c.old_price_fen} /></Table.Cell>
            <Table.Cell><Money fen={c.new_price_fen} /></Table.Cell>
            <Table.Cell>{c.reason ?? "—"}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

/** Table.Pagination with our labels. */
export function Pager({ count, offset, pageSize, onOffset }: { count: number; offset: number; pageSize: number; onOffset: (offset: number) => void }) {
  const { t } = useTranslation("emall")
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  const pageIndex = Math.floor(offset / pageSize)
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={pageIndex}
      pageCount={pageCount}
      canPreviousPage={pageIndex > 0}
      canNextPage={pageIndex + 1 < pageCount}
      previousPage={() => onOffset(Math.max(0, offset - pageSize))}
      nextPage={() => onOffset(offset + pageSize)}
      translations={{ of: t("common.of"), results: t("common.results"), pages: t("common.pages"), prev: t("common.prev"), next: t("common.next") }}
    />
  )
}

/** A list page's heading with its status filter (changing the status is the caller's reset point). */
export function StatusListHeader({
  title,
  subtitle,
  status,
  statuses,
  labelKey,
  onStatus,
}: {
  title: string
  subtitle: string
  status: string
  statuses: readonly string[]
  /** i18n key prefix of the status labels, e.g. "offerStatus". */
  labelKey: string
  onStatus: (status: string) => void
}) {
  const { t } = useTranslation("emall")
  return (
    <div className="flex items-center justify-between px-6 py-4">
      <div>
        <Heading level="h1">{title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{subtitle}</Text>
      </div>
      <div className="w-48">
        <Select value={status} onValueChange={onStatus}>
          <Select.Trigger aria-label={t("common.status")}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {statuses.map((s) => (
              <Select.Item key={s} value={s}>{t(`${labelKey}.${s}`)}</Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
    </div>
  )
}
