import { MagnifyingGlass } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { listAnnouncements } from "../api/announcements"
import { useCategories } from "../app/queries"
import { ErrorState, Loading } from "../components/page-state"
import { useLanguage } from "../i18n"
import { categoryName } from "../lib/category-name"
import { formatDate } from "../lib/format"

/** Themed entry points: each is a catalog search the API can answer exactly. */
const THEMES = [
  { key: "green", search: "certificate=energy_saving" },
  { key: "eco", search: "certificate=eco_label" },
  { key: "local", search: "region_code=140000" },
] as const

export function HomePage() {
  const { t } = useTranslation()
  const language = useLanguage()
  const navigate = useNavigate()
  const [q, setQ] = useState("")
  const categories = useCategories()
  const announcements = useQuery({
    queryKey: ["announcements", "latest"],
    queryFn: () => listAnnouncements({ limit: 5, offset: 0 }),
  })

  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="home-title" className="flex flex-col gap-4">
        <Heading level="h1" id="home-title">
          {t("home.title")}
        </Heading>
        <Text className="max-w-3xl text-ui-fg-subtle">{t("home.intro")}</Text>
        <form
          role="search"
          className="flex max-w-2xl items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault()
            navigate(q.trim() ? `/catalog?q=${encodeURIComponent(q.trim())}` : "/catalog")
          }}
        >
          <div className="flex flex-1 flex-col gap-1">
            <Label htmlFor="home-search">{t("home.searchLabel")}</Label>
            <Input id="home-search" type="text" enterKeyHint="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t("home.searchPlaceholder")} />
          </div>
          <Button type="submit">
            <MagnifyingGlass aria-hidden />
            {t("home.search")}
          </Button>
        </form>
      </section>

      <section aria-labelledby="themes-title" className="flex flex-col gap-3">
        <Heading level="h2" id="themes-title">
          {t("home.themes")}
        </Heading>
        <ul className="grid gap-3 sm:grid-cols-3">
          {THEMES.map((theme) => (
            <li key={theme.key}>
              <Link to={`/catalog?${theme.search}`} className="block h-full">
                <Container className="h-full hover:shadow-elevation-card-hover">
                  <Text weight="plus" className="text-ui-fg-base">
                    {t(`home.theme.${theme.key}.title`)}
                  </Text>
                  <Text size="small" className="mt-1 text-ui-fg-subtle">
                    {t(`home.theme.${theme.key}.text`)}
                  </Text>
                </Container>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="categories-title" className="flex flex-col gap-3">
        <Heading level="h2" id="categories-title">
          {t("home.categories")}
        </Heading>
        {categories.isPending ? (
          <Loading />
        ) : categories.isError ? (
          <ErrorState error={categories.error} onRetry={() => categories.refetch()} />
        ) : (
          <ul className="flex flex-wrap gap-2">
            {categories.data.map((category) => (
              <li key={category.id}>
                <Link
                  to={`/catalog?category_id=${category.id}`}
                  className="txt-compact-small inline-block rounded-full border border-ui-border-base bg-ui-bg-base px-3 py-1.5 hover:bg-ui-bg-base-hover"
                >
                  {categoryName(category, language)}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="latest-title" className="flex flex-col gap-3">
        <Heading level="h2" id="latest-title">
          {t("home.latestAnnouncements")}
        </Heading>
        {announcements.isPending ? (
          <Loading />
        ) : announcements.isError ? (
          <ErrorState error={announcements.error} onRetry={() => announcements.refetch()} />
        ) : announcements.data.announcements.length === 0 ? (
          <Text className="text-ui-fg-subtle">{t("home.noAnnouncements")}</Text>
        ) : (
          <ul className="divide-y divide-ui-border-base rounded-lg border border-ui-border-base bg-ui-bg-base">
            {announcements.data.announcements.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <Link to={`/announcements/${a.id}`} className="txt-compact-small-plus text-ui-fg-interactive-hover hover:underline">
                  {a.title}
                </Link>
                <Text size="small" className="text-ui-fg-subtle">
                  {t(`announcements.types.${a.type}`)} · {a.published_at ? formatDate(a.published_at, language) : ""}
                </Text>
              </li>
            ))}
          </ul>
        )}
        <Link to="/announcements" className="txt-compact-small text-ui-fg-interactive-hover hover:underline">
          {t("home.allAnnouncements")}
        </Link>
      </section>
    </div>
  )
}
