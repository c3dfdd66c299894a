import { XMark } from "@medusajs/icons"
import { Button, Drawer, IconButton, Kbd, Label, StatusBadge, Text, Textarea } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { useOrganizationName } from "../lib/api"

const COLORS: Record<string, "grey" | "orange" | "green" | "red" | "blue" | "purple"> = {
  draft: "grey",
  submitted: "orange",
  returned: "red",
  approved: "green",
  filed: "green",
  published: "blue",
  cancelled: "red",
  failed: "red",
  concluded: "purple",
}

export function PlanStatus({ status }: { status: string }) {
  const { t } = useTranslation("fa")
  return <StatusBadge color={COLORS[status] ?? "grey"}>{t(`status.${status}`, { defaultValue: status })}</StatusBadge>
}

export function OrganizationName({ id }: { id: string }) {
  const { data } = useOrganizationName(id)
  return <span title={id}>{data ?? id}</span>
}

export function Loading() {
  const { t } = useTranslation("fa")
  return <Text size="small" className="text-ui-fg-subtle px-6 py-4" role="status">{t("common.loading")}</Text>
}

export function LoadError({ error }: { error: unknown }) {
  const { t } = useTranslation("fa")
  return <Text size="small" className="text-ui-fg-error px-6 py-4" role="alert">{t("common.loadError", { message: (error as Error)?.message ?? String(error) })}</Text>
}

export function Pager({ count, offset, pageSize, onOffset }: { count: number; offset: number; pageSize: number; onOffset: (n: number) => void }) {
  const { t } = useTranslation("fa")
  return (
    <div className="flex items-center justify-end gap-x-2 px-6 py-3">
      <Text size="small" className="text-ui-fg-subtle">{count === 0 ? "0" : `${offset + 1}–${Math.min(offset + pageSize, count)} / ${count}`}</Text>
      <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - pageSize))}>{t("common.previous")}</Button>
      <Button size="small" variant="secondary" disabled={offset + pageSize >= count} onClick={() => onOffset(offset + pageSize)}>{t("common.next")}</Button>
    </div>
  )
}

/** Label / value rows; empty values show a dash. */
export function Fields({ rows }: { rows: Array<[string, ReactNode]> }) {
  return (
    <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-2">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt><Text size="small" className="text-ui-fg-subtle">{label}</Text></dt>
          <dd><Text size="small" className="whitespace-pre-wrap break-words">{value === null || value === undefined || value === "" ? "—" : value}</Text></dd>
        </div>
      ))}
    </dl>
  )
}

/** A drawer asking for a required text (return / cancel reason); shows the route's refusal. */
/**
 * Drawer.Header as @medusajs/ui draws it, but its close button has a name (关闭 / Close): the
 * library's is an icon alone, which axe reports as a critical `button-name` violation.
 */
export function DrawerHeader({ title }: { title: ReactNode }) {
  const { t } = useTranslation("fa")
  return (
    <div className="border-ui-border-base flex items-start justify-between gap-x-4 border-b px-6 py-4">
      <div className="flex flex-col gap-y-1"><Drawer.Title>{title}</Drawer.Title></div>
      <div className="flex items-center gap-x-2">
        <Kbd>esc</Kbd>
        <Drawer.Close asChild>
          <IconButton size="small" type="button" variant="transparent" aria-label={t("common.close")}><XMark /></IconButton>
        </Drawer.Close>
      </div>
    </div>
  )
}

export function ReasonDrawer(props: {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  hint: string
  label: string
  confirmLabel: string
  onSubmit: (text: string) => Promise<void>
  extra?: ReactNode
}) {
  const { t } = useTranslation("fa")
  const [text, setText] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    setBusy(true)
    setError(null)
    try {
      await props.onSubmit(text)
      setText("")
      props.onOpenChange(false)
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Drawer open={props.open} onOpenChange={props.onOpenChange}>
      <Drawer.Content>
        <DrawerHeader title={props.title} />
        <Drawer.Body className="flex flex-col gap-y-3">
          <Text size="small" className="text-ui-fg-subtle">{props.hint}</Text>
          <Label htmlFor="fa-reason-text">{props.label}</Label>
          <Textarea id="fa-reason-text" value={text} onChange={(e) => setText(e.target.value)} rows={5} />
          {props.extra}
          {error && <Text size="small" className="text-ui-fg-error" role="alert">{t("common.error", { message: error })}</Text>}
        </Drawer.Body>
        <Drawer.Footer>
          <Button variant="secondary" onClick={() => props.onOpenChange(false)}>{t("common.cancel")}</Button>
          <Button onClick={submit} isLoading={busy} disabled={!text.trim()}>{props.confirmLabel}</Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
