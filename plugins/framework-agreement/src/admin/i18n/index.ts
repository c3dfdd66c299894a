import en from "./json/en.json"
import zhCN from "./json/zh-CN.json"

/**
 * Merged by the dashboard into its i18next resources, in this plugin's own namespace
 * (`useTranslation("fa")`). `zhCN` is the dashboard's code for 简体中文; English is its fallback.
 */
export default {
  zhCN: { fa: zhCN },
  en: { fa: en },
}
