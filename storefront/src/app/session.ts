import { useQuery, useQueryClient } from "@tanstack/react-query"
import { currentPurchaser, logIn, logOut } from "../api/auth"
import { forgetCart } from "../api/emall"

export const SESSION_KEY = ["purchaser"] as const

/** The logged-in purchaser (null when nobody is), shared by every page through the query cache. */
export function usePurchaser() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: currentPurchaser, staleTime: 5 * 60_000 })
}

export function useSessionActions() {
  const client = useQueryClient()
  return {
    logIn: async (email: string, password: string) => {
      await logIn(email, password)
      await client.invalidateQueries({ queryKey: SESSION_KEY })
    },
    logOut: async () => {
      await logOut()
      forgetCart()
      // Everything cached was read as this purchaser.
      client.clear()
    },
  }
}
