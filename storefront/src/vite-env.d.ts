/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Medusa backend, default http://localhost:9000. */
  readonly VITE_MEDUSA_BACKEND_URL?: string
  /** Publishable API key "GovMall 电子卖场" (backend/.data/seed-state.json after seeding). */
  readonly VITE_MEDUSA_PUBLISHABLE_KEY?: string
  /** Region used for prices; default: the store's CNY region. */
  readonly VITE_MEDUSA_REGION_ID?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
