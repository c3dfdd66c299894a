import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { getAnnouncement } from "../api/announcements"
import { ErrorState, Loading } from "../components/page-state"
import { useLanguage } from "../i18n"
import { formatDateTime } from "../lib/format"
import { regionKey } from "../lib/regions"

export function AnnouncementPage() {
  const { id = "" } = useParams()
  const { t } = useTranslation()
  const language = useLanguage()
  const found = useQuery({ queryKey: ["announcement", id], queryFn: () => getAnnouncement(id) })

  return (
    <div className="flex flex-col gap-4">
      <Link to="/announcements" className="txt-compact-small text-ui-fg-interactive-hover hover:underline">
        ← {t("announcements.back")}
      </Link>
      {found.isPending ? (
        <Loading />
      ) : found.isError ? (
        (found.error as { status?: number }).status === 404 ? (
          <Text role="alert">{t("announcements.notFound")}</Text>
        ) : (
          <ErrorState error={found.error} onRetry={() => found.refetch()} />
        )
      ) : (
        <Container className="flex flex-col gap-3">
          <Heading level="h1">{found.data.announcement.title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t(`announcements.types.${found.data.announcement.type}`)}
            {found.data.announcement.region_code && regionKey(found.data.announcement.region_code)
              ? ` · ${t(regionKey(found.data.announcement.region_code)!)}`
              : ""}
            {found.data.announcement.published_at
              ? ` · ${t("announcements.publishedAt")} ${formatDateTime(found.data.announcement.published_at, language)}`
              : ""}
          </Text>
          {found.data.announcement.status === "withdrawn" && (
            <Text role="note" className="text-ui-fg-error">
              {t("announcements.withdrawn", { reason: found.data.announcement.withdraw_reason ?? "" })}
            </Text>
          )}
          {/* Plain text: the body is shown as written, never interpreted as HTML. */}
          <Text className="whitespace-pre-line">{found.data.announcement.body}</Text>
        </Container>
      )}
    </div>
  )
}
