import { useSyncExternalStore } from "react"

/**
 * The supplier's private key for this page view: in memory only (never localStorage, never
 * sent), shared by the screens that sign. Gone on reload; the user loads it from their file.
 */
export type LoadedKey = { pem: string; source: string }

let current: LoadedKey | null = null
const listeners = new Set<() => void>()

export function setSupplierKey(key: LoadedKey | null) {
  current = key
  for (const listener of listeners) listener()
}

export function forgetSupplierKey() {
  setSupplierKey(null)
}

export function useSupplierKey(): LoadedKey | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => current
  )
}
