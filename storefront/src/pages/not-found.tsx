import { Heading } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

export function NotFoundPage() {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-3">
      <Heading level="h1">{t("app.notFound")}</Heading>
      <Link to="/" className="txt-compact-small text-ui-fg-interactive-hover hover:underline">
        {t("app.backHome")}
      </Link>
    </div>
  )
}
