import { Button, Container, Heading, Input, Text } from "@medusajs/ui"
import { useMutation } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useLocation, useNavigate } from "react-router-dom"
import { useSupplierSessionActions } from "../../app/supplier-session"
import { FormField } from "../../components/form-field"
import { describeApiError } from "../../lib/api-error"

export function SupplierLoginPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const location = useLocation()
  const { logIn } = useSupplierSessionActions()
  const [email, setEmail] = useState("")
  const [password, setPassword] = useState("")
  const login = useMutation({
    mutationFn: () => logIn(email.trim(), password),
    onSuccess: () => navigate((location.state as { from?: string } | null)?.from ?? "/supplier"),
  })
  const failure = login.error
    ? (login.error as { status?: number }).status === 401
      ? t("supplier.login.failed")
      : describeApiError(login.error, t).message
    : undefined

  return (
    <Container className="mx-auto flex max-w-md flex-col gap-4">
      <Heading level="h1">{t("supplier.login.title")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("supplier.login.intro")}
      </Text>
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault()
          login.mutate()
        }}
      >
        <FormField id="supplier-login-email" label={t("fields.email")}>
          <Input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </FormField>
        <FormField id="supplier-login-password" label={t("fields.password")}>
          <Input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </FormField>
        {failure && (
          <Text role="alert" size="small" className="text-ui-fg-error">
            {failure}
          </Text>
        )}
        <Button type="submit" isLoading={login.isPending}>
          {t("supplier.login.submit")}
        </Button>
      </form>
      <Text size="small">
        {t("supplier.login.noAccount")}{" "}
        <Link to="/supplier/register" className="text-ui-fg-interactive-hover hover:underline">
          {t("supplier.login.registerLink")}
        </Link>
      </Text>
    </Container>
  )
}
