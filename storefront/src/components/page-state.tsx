import { Button, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { describeApiError } from "../lib/api-error"

/** A loading line screen readers announce. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation()
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-2 py-6 text-ui-fg-subtle">
      <span className="h-4 w-4 animate-spin rounded-full border-2 border-ui-border-strong border-t-ui-fg-interactive" aria-hidden />
      <Text size="small">{label ?? t("common.loading")}</Text>
    </div>
  )
}

/** An API failure in words, with a retry when the caller can repeat the request. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation()
  return (
    <div role="alert" className="flex flex-wrap items-center gap-3 rounded-lg border border-ui-border-error bg-ui-bg-base p-4">
      <Text className="text-ui-fg-error">{describeApiError(error, t).message}</Text>
      {onRetry && (
        <Button size="small" variant="secondary" onClick={onRetry}>
          {t("common.retry")}
        </Button>
      )}
    </div>
  )
}
