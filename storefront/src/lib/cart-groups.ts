// A cart holds offers of several suppliers; checkout places one order per supplier. The cart
// page shows the lines the way the orders will be cut.
import type { CartLine } from "../api/emall"
import { yuanAmountToFen } from "./format"

export type SupplierGroup = { supplier_org_id: string; supplier_name: string | null; lines: CartLine[]; total_fen: number }

/** A short, stable code for a supplier organization (its id's tail): "供应商 #4K9Q2M". */
export function supplierCode(orgId: string): string {
  return `#${orgId.slice(-6).toUpperCase()}`
}

/**
 * What to call a supplier: its name (public in government procurement), or its code when the
 * name is unknown (organization missing, or a line added before names were recorded).
 */
export function supplierDisplay(orgId: string, name?: string | null): string {
  return name?.trim() ? name.trim() : supplierCode(orgId)
}

export function lineTotalFen(line: Pick<CartLine, "unit_price" | "quantity">): number {
  return yuanAmountToFen(line.unit_price) * line.quantity
}

/** Lines grouped by supplier, in the order each supplier first appears; totals in fen. */
export function groupLinesBySupplier(lines: CartLine[]): SupplierGroup[] {
  const groups = new Map<string, SupplierGroup>()
  for (const line of lines) {
    const supplier = line.metadata?.supplier_org_id ?? "unknown"
    let group = groups.get(supplier)
    if (!group) {
      group = { supplier_org_id: supplier, supplier_name: null, lines: [], total_fen: 0 }
      groups.set(supplier, group)
    }
    group.supplier_name ??= line.metadata?.supplier_name ?? null
    group.lines.push(line)
    group.total_fen += lineTotalFen(line)
  }
  return [...groups.values()]
}

export function cartTotalFen(groups: SupplierGroup[]): number {
  return groups.reduce((sum, group) => sum + group.total_fen, 0)
}
