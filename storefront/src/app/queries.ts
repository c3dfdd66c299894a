import { useQuery } from "@tanstack/react-query"
import { listCategories } from "../api/store"

/** Categories change rarely: one request per page load. */
export function useCategories() {
  return useQuery({ queryKey: ["categories"], queryFn: listCategories, staleTime: Infinity })
}
