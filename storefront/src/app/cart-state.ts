import { useQuery } from "@tanstack/react-query"
import { getCart, storedCartId } from "../api/emall"

export const cartKey = (id: string | null) => ["cart", id] as const

/** The purchaser's open cart (none before the first offer is added). */
export function useCart(email: string | undefined) {
  const id = email ? storedCartId() : null
  return useQuery({
    queryKey: cartKey(id),
    queryFn: () => getCart(id!),
    enabled: Boolean(id),
  })
}
