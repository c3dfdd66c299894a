import { AIR_CONDITIONERS } from "./appliances"
import { ALL_IN_ONE_COMPUTERS } from "./all-in-one-computers"
import { CAR_RENTAL } from "./car-rental"
import { CLEANING_SUPPLIES } from "./cleaning-supplies"
import { COPIERS } from "./copiers"
import { DESKTOP_COMPUTERS } from "./desktop-computers"
import { LAPTOPS } from "./laptops"
import { OFFICE_SUPPLIES } from "./office-supplies"
import { PRINTERS } from "./printers"
import { PROJECTORS } from "./projectors"
import { CLEANING_SERVICES, VEHICLE_MAINTENANCE } from "./services"
import { SHREDDERS } from "./shredders"
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
  ...OFFICE_SUPPLIES,
  ...CLEANING_SUPPLIES,
  ...CLEANING_SERVICES,
  ...VEHICLE_MAINTENANCE,
  ...CAR_RENTAL,
]
