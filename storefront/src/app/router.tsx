import { createBrowserRouter } from "react-router-dom"
import { AnnouncementPage } from "../pages/announcement"
import { AnnouncementsPage } from "../pages/announcements"
import { CartPage } from "../pages/cart"
import { CatalogPage } from "../pages/catalog"
import { HomePage } from "../pages/home"
import { LoginPage } from "../pages/login"
import { NotFoundPage } from "../pages/not-found"
import { OrdersPage } from "../pages/orders"
import { PriceReportsPage } from "../pages/price-reports"
import { ProductPage } from "../pages/product"
import { SupplierDocumentsPage } from "../pages/supplier/documents"
import { SupplierLoginPage } from "../pages/supplier/login"
import { SupplierOffersPage } from "../pages/supplier/offers"
import { SupplierOrdersPage } from "../pages/supplier/orders"
import { SupplierPriceReportsPage } from "../pages/supplier/price-reports"
import { SupplierRegisterPage } from "../pages/supplier/register"
import { SupplierSolicitationPage } from "../pages/supplier/solicitation"
import { SupplierSolicitationsPage } from "../pages/supplier/solicitations"
import { SupplierStatusPage } from "../pages/supplier/status"
import { Layout } from "./layout"

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: "catalog", element: <CatalogPage /> },
      { path: "products/:id", element: <ProductPage /> },
      { path: "announcements", element: <AnnouncementsPage /> },
      { path: "announcements/:id", element: <AnnouncementPage /> },
      { path: "login", element: <LoginPage /> },
      { path: "cart", element: <CartPage /> },
      { path: "orders", element: <OrdersPage /> },
      { path: "price-reports", element: <PriceReportsPage /> },
      { path: "supplier", element: <SupplierStatusPage /> },
      { path: "supplier/login", element: <SupplierLoginPage /> },
      { path: "supplier/register", element: <SupplierRegisterPage /> },
      { path: "supplier/documents", element: <SupplierDocumentsPage /> },
      // Its own chunk: node-forge (CSR building) is loaded only by the supplier who needs it.
      { path: "supplier/certificate", lazy: async () => ({ Component: (await import("../pages/supplier/certificate")).SupplierCertificatePage }) },
      { path: "supplier/offers", element: <SupplierOffersPage /> },
      { path: "supplier/orders", element: <SupplierOrdersPage /> },
      { path: "supplier/price-reports", element: <SupplierPriceReportsPage /> },
      { path: "supplier/solicitations", element: <SupplierSolicitationsPage /> },
      { path: "supplier/solicitations/:id", element: <SupplierSolicitationPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
])
