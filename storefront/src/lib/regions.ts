import { zhCN } from "../i18n/messages/zh-CN"

/** Region codes (GB/T 2260) the storefront names: the provinces and Shanxi prefectures of the demo. */
export const REGION_CODES = Object.keys(zhCN.regions) as (keyof typeof zhCN.regions)[]

/** The translation key of a region's name, or undefined for a code the storefront does not name. */
export function regionKey(code: string): string | undefined {
  return code in zhCN.regions ? `regions.${code}` : undefined
}
