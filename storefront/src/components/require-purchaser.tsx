import type { ReactNode } from "react"
import { Navigate, useLocation } from "react-router-dom"
import { usePurchaser } from "../app/session"
import { ErrorState, Loading } from "./page-state"

/** Pages of a logged-in purchaser: others are sent to the log-in page and brought back after. */
export function RequirePurchaser({ children }: { children: ReactNode }) {
  const purchaser = usePurchaser()
  const location = useLocation()
  if (purchaser.isPending) return <Loading />
  if (purchaser.isError) return <ErrorState error={purchaser.error} onRetry={() => purchaser.refetch()} />
  if (!purchaser.data) return <Navigate to="/login" replace state={{ from: location.pathname }} />
  return <>{children}</>
}
