import type { Language } from "../i18n"
import type { StoreCategory } from "./medusa"

/** Category names are Chinese; the seed stores the English name in metadata.name_en. */
export function categoryName(category: Pick<StoreCategory, "name" | "metadata">, language: Language): string {
  const english = category.metadata?.name_en
  return language === "en" && typeof english === "string" ? english : category.name
}
