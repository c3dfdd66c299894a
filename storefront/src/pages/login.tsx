import { Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { useMutation } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useLocation, useNavigate } from "react-router-dom"
import { demoMode } from "../api/client"
import { useSessionActions } from "../app/session"
import { describeApiError } from "../lib/api-error"

/** The seed's purchasers (backend/src/scripts/seed/README.md); listed only in demo mode. */
const DEMO_PURCHASERS = [
  { email: "wangfang@jyt.shanxi.gov.cn", unit: "山西省教育厅" },
  { email: "liqiang@gaj.taiyuan.gov.cn", unit: "太原市公安局" },
  { email: "zhangwei@xdfj.taiyuan.gov.cn", unit: "太原市公安局小店分局" },
  { email: "zhaomin@wjw.dt.gov.cn", unit: "大同市卫生健康委员会" },
  { email: "mali@sthjj.jz.gov.cn", unit: "晋中市生态环境局" },
]
const DEMO_PASSWORD = "GovMall@2026"

export function LoginPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const location = useLocation()
  const { logIn } = useSessionActions()
  const [email, setEmail] = useState("")
  const [password, setPassword] = useState("")
  const login = useMutation({
    mutationFn: () => logIn(email.trim(), password),
    onSuccess: () => navigate((location.state as { from?: string } | null)?.from ?? "/catalog"),
  })
  const failure = login.error
    ? (login.error as { status?: number }).status === 401
      ? t("errors.loginFailed")
      : describeApiError(login.error, t).message
    : undefined

  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <Container className="flex flex-col gap-4">
        <Heading level="h1">{t("login.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("login.intro")}
        </Text>
        <form
          className="flex flex-col gap-3"
          onSubmit={(event) => {
            event.preventDefault()
            login.mutate()
          }}
        >
          <div className="flex flex-col gap-1">
            <Label htmlFor="login-email">{t("fields.email")}</Label>
            <Input id="login-email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="login-password">{t("fields.password")}</Label>
            <Input id="login-password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          </div>
          {failure && (
            <Text role="alert" size="small" className="text-ui-fg-error">
              {failure}
            </Text>
          )}
          <Button type="submit" isLoading={login.isPending}>
            {t("login.submit")}
          </Button>
        </form>
      </Container>
      {demoMode && (
        <Container className="flex flex-col gap-2">
          <Heading level="h2">{t("login.demoTitle")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("login.demoPassword", { password: DEMO_PASSWORD })}
          </Text>
          <ul className="flex flex-col gap-1">
            {DEMO_PURCHASERS.map((demo) => (
              <li key={demo.email} className="flex items-center justify-between gap-2">
                <Text size="small">
                  {demo.unit} · <span className="font-mono">{demo.email}</span>
                </Text>
                <Button
                  size="small"
                  variant="secondary"
                  aria-label={`${t("login.useAccount")}: ${demo.email}`}
                  onClick={() => {
                    setEmail(demo.email)
                    setPassword(DEMO_PASSWORD)
                  }}
                >
                  {t("login.useAccount")}
                </Button>
              </li>
            ))}
          </ul>
        </Container>
      )}
    </div>
  )
}
