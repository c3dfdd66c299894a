import { LANGUAGES, useI18n } from "../i18n"
import { Link } from "../lib/router"

export function Header() {
  const { t, language, setLanguage } = useI18n()
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="brand">
          <img src="/favicon.svg" alt="" width={32} height={32} />
          <span>
            <strong>{t("app.name")}</strong>
            <small>{t("app.tagline")}</small>
          </span>
        </Link>
        <div className="language-switch" role="group" aria-label={t("app.language")}>
          {LANGUAGES.map(({ code, label }) => (
            <button
              key={code}
              type="button"
              lang={code}
              aria-pressed={language === code}
              className={language === code ? "is-active" : undefined}
              onClick={() => setLanguage(code)}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
    </header>
  )
}
