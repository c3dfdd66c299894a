import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Navigate, useLocation } from "react-router-dom"
import type { SupplierMe } from "../api/supplier"
import { useSupplier } from "../app/supplier-session"
import { ErrorState, Loading } from "./page-state"

/**
 * Pages of a logged-in supplier: others go to the supplier log-in and come back after.
 * `approved` pages tell a supplier under review why they are not available yet.
 */
export function RequireSupplier({ approved, children }: { approved?: boolean; children: (me: SupplierMe) => ReactNode }) {
  const { t } = useTranslation()
  const supplier = useSupplier()
  const location = useLocation()
  if (supplier.isPending) return <Loading />
  if (supplier.isError) return <ErrorState error={supplier.error} onRetry={() => supplier.refetch()} />
  if (!supplier.data) return <Navigate to="/supplier/login" replace state={{ from: location.pathname }} />
  if (approved && supplier.data.organization.status !== "approved") {
    return (
      <Text role="status" className="py-6 text-ui-fg-subtle">
        {t("supplier.status.needsApproval")}
      </Text>
    )
  }
  return <>{children(supplier.data)}</>
}
