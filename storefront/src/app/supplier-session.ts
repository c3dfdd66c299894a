import { useQuery, useQueryClient } from "@tanstack/react-query"
import { currentSupplier, logInSupplier, logOutSupplier, registerSupplier, type RegistrationInput } from "../api/supplier"
import { forgetSupplierKey } from "./supplier-key"

export const SUPPLIER_SESSION_KEY = ["supplier", "me"] as const

/** The logged-in supplier member and organization (null when no supplier is logged in). */
export function useSupplier() {
  return useQuery({ queryKey: SUPPLIER_SESSION_KEY, queryFn: currentSupplier, staleTime: 60_000 })
}

export function useSupplierSessionActions() {
  const client = useQueryClient()
  const forgetSupplierData = () => client.removeQueries({ queryKey: ["supplier"] })
  return {
    logIn: async (email: string, password: string) => {
      await logInSupplier(email, password)
      forgetSupplierData()
      await client.invalidateQueries({ queryKey: SUPPLIER_SESSION_KEY })
    },
    register: async (email: string, password: string, input: RegistrationInput) => {
      const me = await registerSupplier(email, password, input)
      forgetSupplierData()
      client.setQueryData(SUPPLIER_SESSION_KEY, me)
    },
    logOut: async () => {
      await logOutSupplier()
      forgetSupplierKey()
      forgetSupplierData()
    },
  }
}
