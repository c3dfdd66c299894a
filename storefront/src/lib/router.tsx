import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useState } from "react"

/** A very small history router: the storefront has two pages and needs no library. */

const NAVIGATE_EVENT = "govmall:navigate"

export function navigate(to: string): void {
  window.history.pushState(null, "", to)
  window.dispatchEvent(new Event(NAVIGATE_EVENT))
  window.scrollTo(0, 0)
}

export function useLocation(): { pathname: string; search: URLSearchParams } {
  const [location, setLocation] = useState(() => window.location.pathname + window.location.search)
  useEffect(() => {
    const update = () => setLocation(window.location.pathname + window.location.search)
    window.addEventListener("popstate", update)
    window.addEventListener(NAVIGATE_EVENT, update)
    return () => {
      window.removeEventListener("popstate", update)
      window.removeEventListener(NAVIGATE_EVENT, update)
    }
  }, [])
  const url = new URL(location, window.location.origin)
  return { pathname: url.pathname, search: url.searchParams }
}

export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0
    if (!event.defaultPrevented && !modified) {
      event.preventDefault()
      navigate(href)
    }
  }
  return <a href={href} onClick={handleClick} {...rest} />
}

/** Builds "/?category=printers&q=…&page=2", leaving out empty values. */
export function catalogHref(params: { category?: string; q?: string; page?: number }): string {
  const search = new URLSearchParams()
  if (params.category) search.set("category", params.category)
  if (params.q) search.set("q", params.q)
  if (params.page && params.page > 1) search.set("page", String(params.page))
  const query = search.toString()
  return query ? `/?${query}` : "/"
}
