import { Heading, Label, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router-dom"
import { listAnnouncements } from "../api/announcements"
import { NativeSelect } from "../components/native-select"
import { ErrorState, Loading } from "../components/page-state"
import { Pagination } from "../components/pagination"
import { useLanguage } from "../i18n"
import { zhCN } from "../i18n/messages/zh-CN"
import { formatDateTime } from "../lib/format"
import { regionKey } from "../lib/regions"

const PAGE = 20
const TYPES = Object.keys(zhCN.announcements.types)

export function AnnouncementsPage() {
  const { t } = useTranslation()
  const language = useLanguage()
  const [params, setParams] = useSearchParams()
  const type = params.get("type") ?? ""
  const page = Math.max(1, Number(params.get("page")) || 1)
  const list = useQuery({
    queryKey: ["announcements", type, page],
    queryFn: () => listAnnouncements({ type: type || undefined, limit: PAGE, offset: (page - 1) * PAGE }),
    placeholderData: keepPreviousData,
  })

  return (
    <div className="flex flex-col gap-4">
      <Heading level="h1">{t("announcements.title")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("announcements.intro")}
      </Text>
      <div className="flex max-w-xs flex-col gap-1">
        <Label htmlFor="ann-type" size="small">
          {t("announcements.type")}
        </Label>
        <NativeSelect id="ann-type" value={type} onChange={(e) => setParams(e.target.value ? { type: e.target.value } : {})}>
          <option value="">{t("announcements.allTypes")}</option>
          {TYPES.map((key) => (
            <option key={key} value={key}>
              {t(`announcements.types.${key}`)}
            </option>
          ))}
        </NativeSelect>
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : list.data.announcements.length === 0 ? (
        <Text>{t("announcements.empty")}</Text>
      ) : (
        <>
          <ul className="divide-y divide-ui-border-base rounded-lg border border-ui-border-base bg-ui-bg-base">
            {list.data.announcements.map((a) => (
              <li key={a.id} className="flex flex-col gap-1 px-4 py-3">
                <Link to={`/announcements/${a.id}`} className="txt-compact-medium-plus text-ui-fg-interactive-hover hover:underline">
                  {a.title}
                </Link>
                <Text size="small" className="text-ui-fg-subtle">
                  {t(`announcements.types.${a.type}`)}
                  {a.region_code && regionKey(a.region_code) ? ` · ${t(regionKey(a.region_code)!)}` : ""}
                  {a.published_at ? ` · ${t("announcements.publishedAt")} ${formatDateTime(a.published_at, language)}` : ""}
                </Text>
              </li>
            ))}
          </ul>
          <Pagination
            page={page}
            pages={Math.ceil(list.data.count / PAGE)}
            onPage={(p) => setParams({ ...(type ? { type } : {}), page: String(p) })}
          />
        </>
      )}
    </div>
  )
}
