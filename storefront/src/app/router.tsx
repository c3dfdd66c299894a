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
      { path: "*", element: <NotFoundPage /> },
    ],
  },
])
