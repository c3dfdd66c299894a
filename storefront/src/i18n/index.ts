import i18n from "i18next"
import { initReactI18next, useTranslation } from "react-i18next"
import { en } from "./messages/en"
import { zhCN } from "./messages/zh-CN"

export type Language = "zh-CN" | "en"
export const LANGUAGES: { code: Language; label: string }[] = [
  { code: "zh-CN", label: "中文" },
  { code: "en", label: "English" },
]
const STORAGE_KEY = "govmall.language"

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY)
    if (stored === "zh-CN" || stored === "en") return stored
  } catch {
    // localStorage can be unavailable (privacy mode): Chinese, the default.
  }
  return "zh-CN"
}

void i18n.use(initReactI18next).init({
  resources: { "zh-CN": { translation: zhCN }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: "zh-CN",
  // React escapes what it renders; i18next escaping would show &lt; in titles.
  interpolation: { escapeValue: false },
  returnNull: false,
})
document.documentElement.lang = i18n.language

i18n.on("languageChanged", (language) => {
  document.documentElement.lang = language
  try {
    window.localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // Not remembered; it still applies to this page view.
  }
})

/** The current language, narrowed to the two the storefront has. */
export function useLanguage(): Language {
  const { i18n: instance } = useTranslation()
  return instance.language === "en" ? "en" : "zh-CN"
}

export { i18n }
