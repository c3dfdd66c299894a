import { Button, Text, clx } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { NavLink, useLocation, useNavigate } from "react-router-dom"
import { useSupplier, useSupplierSessionActions } from "./supplier-session"

const linkClass = ({ isActive }: { isActive: boolean }) =>
  clx(
    "txt-compact-small-plus rounded-md px-2.5 py-1.5 text-ui-fg-subtle hover:bg-ui-bg-base-hover hover:text-ui-fg-base",
    isActive && "bg-ui-bg-base text-ui-fg-base shadow-borders-base"
  )

const LINKS = [
  ["/supplier", "home"],
  ["/supplier/documents", "documents"],
  ["/supplier/certificate", "certificate"],
  ["/supplier/offers", "offers"],
  ["/supplier/orders", "orders"],
  ["/supplier/price-reports", "priceReports"],
  ["/supplier/solicitations", "solicitations"],
] as const

/**
 * The supplier's row under the header: its screens when a supplier is logged in (a token kept
 * apart from a purchaser's), otherwise log-in and sign-up while on a supplier page.
 */
export function SupplierNav() {
  const { t } = useTranslation()
  const supplier = useSupplier().data
  const { logOut } = useSupplierSessionActions()
  const navigate = useNavigate()
  const onSupplierPage = useLocation().pathname.startsWith("/supplier")
  if (!supplier && !onSupplierPage) return null
  return (
    <div className="border-t border-ui-border-base bg-ui-bg-subtle">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-1.5">
        <nav aria-label={t("supplier.nav.area")} className="flex flex-1 flex-wrap items-center gap-1">
          {supplier ? (
            LINKS.map(([to, key]) => (
              <NavLink key={to} to={to} end className={linkClass}>
                {t(`supplier.nav.${key}`)}
              </NavLink>
            ))
          ) : (
            <>
              <NavLink to="/supplier/login" className={linkClass}>
                {t("supplier.nav.login")}
              </NavLink>
              <NavLink to="/supplier/register" className={linkClass}>
                {t("supplier.nav.register")}
              </NavLink>
            </>
          )}
        </nav>
        {supplier && (
          <div className="flex items-center gap-2">
            <Text size="small" className="text-ui-fg-subtle">
              {t("supplier.nav.signedInAs", { name: supplier.organization.name })}
            </Text>
            <Button
              size="small"
              variant="secondary"
              onClick={async () => {
                await logOut()
                navigate("/supplier/login")
              }}
            >
              {t("supplier.nav.logout")}
            </Button>
          </div>
        )}
      </div>
    </div>
  )
}
