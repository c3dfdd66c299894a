import { Alert, Button, Drawer, Label, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  hint?: string
  confirmLabel: string
  /** Extra fields (e.g. the target price); return an error text to block submitting. */
  children?: React.ReactNode
  validateExtra?: () => string | null
  /** Rejects with the route's message, which the drawer shows. */
  onSubmit: (reason: string) => Promise<unknown>
  variant?: "primary" | "danger"
}

/** A decision that needs a written reason (reject, uphold, dismiss). */
export function DecisionDrawer({ open, onOpenChange, title, hint, confirmLabel, children, validateExtra, onSubmit, variant = "primary" }: Props) {
  const { t } = useTranslation("emall")
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)

  const close = (next: boolean) => {
    if (!next) {
      setReason("")
      setError(null)
    }
    onOpenChange(next)
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    if (reason.trim() === "") {
      setError(t("common.reasonRequired"))
      return
    }
    const extra = validateExtra?.() ?? null
    if (extra) {
      setError(extra)
      return
    }
    setPending(true)
    setError(null)
    try {
      await onSubmit(reason.trim())
      close(false)
    } catch (e) {
      setError(t("common.error", { message: e instanceof Error ? e.message : String(e) }))
    } finally {
      setPending(false)
    }
  }

  return (
    <Drawer open={open} onOpenChange={close}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col">
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4">
            {children}
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="emall-decision-reason">{t("common.reason")}</Label>
              <Textarea id="emall-decision-reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} rows={5} />
              {hint && <Text size="xsmall" className="text-ui-fg-subtle">{hint}</Text>}
            </div>
            {error && <Alert variant="error">{error}</Alert>}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button variant="secondary" type="button">{t("common.cancel")}</Button>
            </Drawer.Close>
            <Button type="submit" variant={variant} isLoading={pending}>{confirmLabel}</Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
