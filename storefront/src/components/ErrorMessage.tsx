import { useI18n } from "../i18n"

export function ErrorMessage({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useI18n()
  return (
    <div className="notice notice--error" role="alert">
      <span>{t("error.load", { message: error.message })}</span>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t("error.retry")}
        </button>
      ) : null}
    </div>
  )
}
