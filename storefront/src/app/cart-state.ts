import { useQuery } from "@tanstack/react-query"
import { forgetCart, getCart, storedCartId } from "../api/emall"

export const CART_KEY = ["cart"] as const

/**
 * The purchaser's open cart, or null before the first offer is added. The cart id is read when
 * the query runs, so invalidating ["cart"] after the first add picks up the new cart.
 */
export function useCart(email: string | undefined) {
  return useQuery({
    queryKey: CART_KEY,
    queryFn: async () => {
      const id = storedCartId()
      if (!id) return null
      const cart = await getCart(id)
      // Completed elsewhere (another tab's checkout): start afresh on the next add.
      if (cart.completed_at) {
        forgetCart()
        return null
      }
      return cart
    },
    enabled: Boolean(email),
  })
}
