import { AIR_CONDITIONERS } from "./appliances"
import { ALL_IN_ONE_COMPUTERS, DESKTOP_COMPUTERS, LAPTOPS } from "./computers"
import { COPIERS, PRINTERS, PROJECTORS, SHREDDERS } from "./office-equipment"
import { CLEANING_SERVICES, VEHICLE_MAINTENANCE } from "./services"
import { COPY_PAPER, OFFICE_FURNITURE } from "./supplies-and-furniture"
import type { SeedProduct } from "./types"

export type { SeedProduct } from "./types"

export const PRODUCTS: SeedProduct[] = [
  ...DESKTOP_COMPUTERS,
  ...LAPTOPS,
  ...ALL_IN_ONE_COMPUTERS,
  ...PRINTERS,
  ...COPIERS,
  ...COPY_PAPER,
  ...PROJECTORS,
  ...SHREDDERS,
  ...OFFICE_FURNITURE,
  ...AIR_CONDITIONERS,
  ...CLEANING_SERVICES,
  ...VEHICLE_MAINTENANCE,
]
