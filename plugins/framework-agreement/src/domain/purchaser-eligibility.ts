/**
 * Which purchasing units may award under an agreement (pure). A solicitation names eligible
 * units by GB/T 2260 region code and/or by unit id. A region code covers its subdivisions:
 * 140000 (province) covers every 14xxxx unit, 140100 (prefecture) every 1401xx unit, 140105
 * only itself.
 */
export type EligibilityScope = { eligible_region_codes: readonly string[]; eligible_unit_ids: readonly string[] }
export type PurchasingUnit = { id: string; region_code: string | null }

export function regionPrefix(code: string): string {
  if (code.endsWith("0000")) return code.slice(0, 2)
  if (code.endsWith("00")) return code.slice(0, 4)
  return code
}

export function isEligiblePurchaser(unit: PurchasingUnit, scope: EligibilityScope): boolean {
  if (scope.eligible_unit_ids.includes(unit.id)) return true
  const region = unit.region_code ?? ""
  return scope.eligible_region_codes.some((code) => /^\d{6}$/.test(code) && region.startsWith(regionPrefix(code)))
}
