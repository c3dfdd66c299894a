import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useState } from "react"
import { en } from "./en"
import { type Dictionary, type MessageKey, zhCN } from "./zh-CN"

export type Language = "zh-CN" | "en"

export const LANGUAGES: { code: Language; label: string }[] = [
  { code: "zh-CN", label: "中文" },
  { code: "en", label: "English" },
]

const DICTIONARIES: Record<Language, Dictionary> = { "zh-CN": zhCN, en }
const STORAGE_KEY = "govmall.language"

function initialLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY)
    if (stored === "zh-CN" || stored === "en") return stored
  } catch {
    // localStorage can be unavailable (privacy mode); fall back to Chinese.
  }
  return "zh-CN"
}

/** Replaces {name} placeholders; unknown placeholders are left visible to spot mistakes. */
export function interpolate(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match
  )
}

interface I18nValue {
  language: Language
  setLanguage: (language: Language) => void
  t: (key: MessageKey, vars?: Record<string, string | number>) => string
  /** Label of a product spec: the dictionary's by key, else the label stored with the product. */
  specLabel: (key: string, fallback: string) => string
}

const I18nContext = createContext<I18nValue | null>(null)

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage)

  useEffect(() => {
    document.documentElement.lang = language
  }, [language])

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next)
    try {
      window.localStorage.setItem(STORAGE_KEY, next)
    } catch {
      // Not persisted; the choice still applies to this page view.
    }
  }, [])

  const value = useMemo<I18nValue>(() => {
    const dictionary = DICTIONARIES[language]
    return {
      language,
      setLanguage,
      t: (key, vars) => interpolate(dictionary[key] ?? zhCN[key], vars),
      specLabel: (key, fallback) => dictionary.specs?.[key] ?? fallback,
    }
  }, [language, setLanguage])

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext)
  if (!value) throw new Error("useI18n must be used inside <I18nProvider>")
  return value
}
