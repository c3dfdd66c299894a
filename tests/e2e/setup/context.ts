/** What the global setup hands to every browser journey (vitest provide / inject). */
export type E2eContext =
  | { skip: string }
  | {
      skip?: undefined
      storefrontUrl: string
      backendUrl: string
      publishableKey: string
      chromiumPath: string
      artifactsDir: string
      /** The announcement the setup published through the agency's admin API. */
      announcementTitle: string
    }

declare module "vitest" {
  export interface ProvidedContext {
    e2e: E2eContext
  }
}
