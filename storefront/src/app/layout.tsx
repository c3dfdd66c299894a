import { Button, Text, Toaster, clx } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { NavLink, Outlet, useNavigate } from "react-router-dom"
import { publishableKey } from "../api/client"
import { LANGUAGES, useLanguage } from "../i18n"
import { useCart } from "./cart-state"
import { usePurchaser, useSessionActions } from "./session"
import { SupplierNav } from "./supplier-nav"

const navLinkClass = ({ isActive }: { isActive: boolean }) =>
  clx(
    "txt-compact-small-plus rounded-md px-2.5 py-2 text-ui-fg-subtle hover:bg-ui-bg-base-hover hover:text-ui-fg-base",
    isActive && "bg-ui-bg-base text-ui-fg-base shadow-borders-base"
  )

export function Layout() {
  const { t } = useTranslation()
  return (
    <div className="flex min-h-screen flex-col bg-ui-bg-subtle text-ui-fg-base">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-ui-bg-base focus:p-2"
      >
        {t("app.skipToContent")}
      </a>
      <Header />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 focus:outline-none">
        {publishableKey ? (
          <Outlet />
        ) : (
          <p role="alert" className="text-ui-fg-error">
            {t("app.missingKey")}
          </p>
        )}
      </main>
      <footer className="border-t border-ui-border-base bg-ui-bg-base">
        <Text size="small" className="mx-auto max-w-7xl px-4 py-4 text-ui-fg-subtle">
          {t("app.footer")}
        </Text>
      </footer>
      <Toaster />
    </div>
  )
}

function Header() {
  const { t, i18n } = useTranslation()
  const language = useLanguage()
  const purchaser = usePurchaser().data
  const cart = useCart(purchaser?.email)
  const { logOut } = useSessionActions()
  const navigate = useNavigate()
  const cartCount = cart.data?.items.reduce((sum, line) => sum + line.quantity, 0) ?? 0

  return (
    <header className="border-b border-ui-border-base bg-ui-bg-base">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <NavLink to="/" className="flex flex-col">
          <span className="txt-large-plus text-ui-fg-base">{t("app.name")}</span>
          <span className="txt-compact-xsmall text-ui-fg-subtle">{t("app.tagline")}</span>
        </NavLink>
        <nav aria-label={t("nav.main")} className="flex flex-1 flex-wrap items-center gap-1">
          <NavLink to="/" end className={navLinkClass}>
            {t("nav.home")}
          </NavLink>
          <NavLink to="/catalog" className={navLinkClass}>
            {t("nav.catalog")}
          </NavLink>
          <NavLink to="/announcements" className={navLinkClass}>
            {t("nav.announcements")}
          </NavLink>
          {purchaser && (
            <>
              <NavLink to="/cart" className={navLinkClass}>
                {t("nav.cartCount", { count: cartCount })}
              </NavLink>
              <NavLink to="/orders" className={navLinkClass}>
                {t("nav.orders")}
              </NavLink>
              <NavLink to="/price-reports" className={navLinkClass}>
                {t("nav.priceReports")}
              </NavLink>
            </>
          )}
        </nav>
        <div className="flex items-center gap-2">
          {purchaser ? (
            <>
              <Text size="small" className="text-ui-fg-subtle">
                {t("nav.signedInAs", { email: purchaser.email })}
              </Text>
              <Button
                variant="secondary"
                size="small"
                onClick={async () => {
                  await logOut()
                  navigate("/")
                }}
              >
                {t("nav.logout")}
              </Button>
            </>
          ) : (
            <NavLink to="/login" className={navLinkClass}>
              {t("nav.login")}
            </NavLink>
          )}
          {!purchaser && (
            <NavLink to="/supplier" className={navLinkClass}>
              {t("supplier.nav.area")}
            </NavLink>
          )}
          <div role="group" aria-label={t("app.language")} className="flex gap-1">
            {LANGUAGES.map(({ code, label }) => (
              <Button
                key={code}
                size="small"
                variant={language === code ? "primary" : "transparent"}
                aria-pressed={language === code}
                lang={code}
                onClick={() => void i18n.changeLanguage(code)}
              >
                {label}
              </Button>
            ))}
          </div>
        </div>
      </div>
      <SupplierNav />
    </header>
  )
}
