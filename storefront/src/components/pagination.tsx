import { Button, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { pageNumbers } from "../lib/catalog-filters"

export function Pagination({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  const { t } = useTranslation()
  if (pages <= 1) return null
  return (
    <nav aria-label={t("pagination.label")} className="flex flex-wrap items-center gap-1">
      <Button size="small" variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t("pagination.previous")}
      </Button>
      {pageNumbers(page, pages).map((p, i) =>
        p === "gap" ? (
          <Text key={`gap-${i}`} size="small" aria-hidden className="px-1">
            …
          </Text>
        ) : (
          <Button
            key={p}
            size="small"
            variant={p === page ? "primary" : "transparent"}
            aria-current={p === page ? "page" : undefined}
            aria-label={t("pagination.page", { page: p })}
            onClick={() => onPage(p)}
          >
            {p}
          </Button>
        )
      )}
      <Button size="small" variant="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t("pagination.next")}
      </Button>
    </nav>
  )
}
