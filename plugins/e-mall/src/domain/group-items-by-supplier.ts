/**
 * The split of a cart: one group per supplier, in the order suppliers first appear, each with
 * all of that supplier's items. Items without a supplier are refused by the caller.
 */
export function groupItemsBySupplier<T extends { supplier_org_id: string }>(items: T[]): { supplier_org_id: string; items: T[] }[] {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const list = groups.get(item.supplier_org_id) ?? []
    list.push(item)
    groups.set(item.supplier_org_id, list)
  }
  return [...groups].map(([supplier_org_id, list]) => ({ supplier_org_id, items: list }))
}
