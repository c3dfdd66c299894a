import type { Language } from "../i18n"

/** Category names are Chinese; the seed keeps the English one in metadata.name_en. */
export function categoryName(category: { name: string; metadata?: Record<string, unknown> | null }, language: Language): string {
  const english = category.metadata?.name_en
  return language === "en" && typeof english === "string" ? english : category.name
}
