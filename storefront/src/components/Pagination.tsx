import { useI18n } from "../i18n"
import { Link } from "../lib/router"

/** Page numbers to show: first, last, and two either side of the current one; 0 marks a gap. */
export function pageWindow(page: number, pages: number): number[] {
  const wanted = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2])
  const sorted = [...wanted].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b)
  const result: number[] = []
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) result.push(0)
    result.push(p)
  })
  return result
}

export function Pagination({
  page,
  pages,
  hrefFor,
}: {
  page: number
  pages: number
  hrefFor: (page: number) => string
}) {
  const { t } = useI18n()
  if (pages <= 1) return null
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev">
          {t("pagination.previous")}
        </Link>
      ) : (
        <span className="is-disabled">{t("pagination.previous")}</span>
      )}
      {pageWindow(page, pages).map((p, i) =>
        p === 0 ? (
          <span key={`gap-${i}`} className="pagination__gap">
            …
          </span>
        ) : (
          <Link
            key={p}
            href={hrefFor(p)}
            aria-label={t("pagination.page", { page: p })}
            aria-current={p === page ? "page" : undefined}
            className={p === page ? "is-current" : undefined}
          >
            {p}
          </Link>
        )
      )}
      {page < pages ? (
        <Link href={hrefFor(page + 1)} rel="next">
          {t("pagination.next")}
        </Link>
      ) : (
        <span className="is-disabled">{t("pagination.next")}</span>
      )}
    </nav>
  )
}
