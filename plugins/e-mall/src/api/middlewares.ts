import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCatalogMiddlewares } from "./admin/catalog/middlewares"
import { adminEmallOrdersMiddlewares } from "./admin/emall-orders/middlewares"
import { adminOffersMiddlewares } from "./admin/offers/middlewares"
import { adminReferencePricesMiddlewares } from "./admin/reference-prices/middlewares"
import { catalogMiddlewares } from "./catalog/middlewares"
import { supplierOffersMiddlewares } from "./supplier/offers/middlewares"
import { storeEmallMiddlewares } from "./store/emall/middlewares"
import { supplierOrdersMiddlewares } from "./supplier/orders/middlewares"
import { adminPriceReportsMiddlewares } from "./admin/price-reports/middlewares"
import { supplierPriceReportsMiddlewares } from "./supplier/price-reports/middlewares"

export default defineMiddlewares({
  routes: [
    ...catalogMiddlewares,
    ...adminOffersMiddlewares,
    ...adminCatalogMiddlewares,
    ...adminReferencePricesMiddlewares,
    ...adminEmallOrdersMiddlewares,
    ...supplierOffersMiddlewares,
    ...storeEmallMiddlewares,
    ...supplierOrdersMiddlewares,
    ...adminPriceReportsMiddlewares,
    ...supplierPriceReportsMiddlewares,
  ],
})
