/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Medusa backend, default http://localhost:9000. */
  readonly VITE_MEDUSA_BACKEND_URL?: string
  /** Publishable API key "GovMall 电子卖场" (backend/.data/seed-state.json after seeding). */
  readonly VITE_MEDUSA_PUBLISHABLE_KEY?: string
  /** Region used for prices; default: the store's CNY region. */
  readonly VITE_MEDUSA_REGION_ID?: string
  /** "true" lists the demo accounts on the log-in page (npm start, browser tests). */
  readonly VITE_GOVMALL_DEMO?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
