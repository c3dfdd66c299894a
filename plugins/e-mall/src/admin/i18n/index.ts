import en from "./json/en.json"
import zhCN from "./json/zh-CN.json"

/**
 * Merged by the dashboard into its i18next resources; our strings live in the `emall`
 * namespace (`useTranslation("emall")`) so they cannot collide with Medusa's or another
 * plugin's keys. `zhCN` is the dashboard's code for 简体中文; English is its fallback.
 */
export default {
  zhCN: { emall: zhCN },
  en: { emall: en },
}
