import { Header } from "./components/Header"
import { useI18n } from "./i18n"
import { publishableKey } from "./lib/medusa"
import { useLocation } from "./lib/router"
import { CatalogPage } from "./pages/CatalogPage"
import { ProductPage } from "./pages/ProductPage"

const PRODUCT_PATH = /^\/products\/([^/]+)\/?$/

export function App() {
  const { t } = useI18n()
  const { pathname, search } = useLocation()
  const productMatch = PRODUCT_PATH.exec(pathname)

  return (
    <>
      <Header />
      <main>
        {!publishableKey ? (
          <div className="container">
            <p className="notice notice--error" role="alert">
              {t("config.missingKey")}
            </p>
          </div>
        ) : productMatch ? (
          <ProductPage handle={decodeURIComponent(productMatch[1])} />
        ) : (
          <CatalogPage search={search} />
        )}
      </main>
      <footer className="site-footer">
        <div className="container">{t("app.footer")}</div>
      </footer>
    </>
  )
}
