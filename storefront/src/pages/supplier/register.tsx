import { Button, Container, Heading, Input, Text } from "@medusajs/ui"
import { useMutation } from "@tanstack/react-query"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import type { EnterpriseSize, SpecialStatus } from "../../api/supplier"
import { useSupplierSessionActions } from "../../app/supplier-session"
import { FormField } from "../../components/form-field"
import { NativeSelect } from "../../components/native-select"
import { describeApiError } from "../../lib/api-error"
import { REGION_CODES } from "../../lib/regions"
import { normalizeUscc, usccFieldProblem } from "../../lib/uscc-field"

const SIZES: EnterpriseSize[] = ["large", "medium", "small", "micro"]
const SPECIAL: SpecialStatus[] = ["none", "disability_welfare_unit", "prison_enterprise"]

const EMPTY = {
  email: "",
  password: "",
  registrant: "",
  name: "",
  uscc: "",
  region_code: "140000",
  address: "",
  enterprise_size: "small" as EnterpriseSize,
  special_status: "none" as SpecialStatus,
  bank_account_name: "",
  bank_name: "",
  bank_account_number: "",
  contact_name: "",
  contact_phone: "",
}
type Values = typeof EMPTY
/** Checked on submit and marked with aria-required, not the required attribute: Medusa UI's
 * inputs style `:invalid`, so every empty field would show red before anything is typed. */
const REQUIRED: (keyof Values)[] = [
  "email",
  "password",
  "registrant",
  "name",
  "bank_account_name",
  "bank_name",
  "bank_account_number",
  "contact_name",
  "contact_phone",
]

export function SupplierRegisterPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { register } = useSupplierSessionActions()
  const [values, setValues] = useState<Values>(EMPTY)
  const [usccError, setUsccError] = useState<string>()
  const [missing, setMissing] = useState<(keyof Values)[]>([])
  const set = (key: keyof Values) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: event.target.value }))

  const checkUscc = (value: string) => {
    const problem = usccFieldProblem(value)
    const message = problem ? t(problem.key, "values" in problem ? problem.values : {}) : undefined
    setUsccError(message)
    return !problem
  }

  const submit = useMutation({
    mutationFn: () =>
      register(values.email.trim(), values.password, {
        name: values.name.trim(),
        uscc: normalizeUscc(values.uscc),
        region_code: values.region_code,
        ...(values.address.trim() ? { address: values.address.trim() } : {}),
        enterprise_size: values.enterprise_size,
        special_status: values.special_status,
        bank_account_name: values.bank_account_name.trim(),
        bank_name: values.bank_name.trim(),
        bank_account_number: values.bank_account_number.replace(/\s+/g, ""),
        contact_name: values.contact_name.trim(),
        contact_phone: values.contact_phone.trim(),
        registrant: { name: values.registrant.trim() },
      }),
    onSuccess: () => navigate("/supplier"),
  })
  const apiError = submit.error ? describeApiError(submit.error, t) : undefined

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const empty = REQUIRED.filter((key) => !values[key].trim())
    setMissing(empty)
    const usccOk = checkUscc(values.uscc)
    const first = empty[0] ?? (usccOk ? undefined : "uscc")
    if (first) {
      document.getElementById(`reg-${first}`)?.focus()
      return
    }
    submit.mutate()
  }

  const text = (key: keyof Values, props: Record<string, unknown> = {}) => (
    <FormField
      id={`reg-${key}`}
      label={t(`supplier.fields.${key}`)}
      error={missing.includes(key) && !values[key].trim() ? t("supplier.offerForm.errors.required") : apiError?.field === key ? apiError.message : undefined}
    >
      <Input value={values[key]} onChange={set(key)} aria-required={REQUIRED.includes(key) ? true : undefined} {...props} />
    </FormField>
  )

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <Heading level="h1">{t("supplier.register.title")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("supplier.register.intro")}
      </Text>
      <form className="flex flex-col gap-4" onSubmit={onSubmit} noValidate>
        <Container className="flex flex-col gap-3">
          <Heading level="h2">{t("supplier.register.account")}</Heading>
          <div className="grid gap-3 sm:grid-cols-2">
            {text("email", { type: "email", autoComplete: "username" })}
            {text("password", { type: "password", autoComplete: "new-password", minLength: 8 })}
            {text("registrant", { autoComplete: "name" })}
          </div>
        </Container>
        <Container className="flex flex-col gap-3">
          <Heading level="h2">{t("supplier.register.company")}</Heading>
          <div className="grid gap-3 sm:grid-cols-2">
            {text("name", { autoComplete: "organization" })}
            <FormField id="reg-uscc" label={t("supplier.fields.uscc")} error={usccError ?? (apiError?.field === "uscc" ? apiError.message : undefined)}>
              <Input
                value={values.uscc}
                onChange={(e) => {
                  setValues((v) => ({ ...v, uscc: e.target.value }))
                  if (usccError) checkUscc(e.target.value)
                }}
                onBlur={(e) => e.target.value && checkUscc(e.target.value)}
                maxLength={24}
                className="font-mono"
                aria-required
              />
            </FormField>
            <FormField id="reg-region_code" label={t("supplier.fields.region_code")}>
              <NativeSelect value={values.region_code} onChange={set("region_code")}>
                {REGION_CODES.map((code) => (
                  <option key={code} value={code}>
                    {t(`regions.${code}`)}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
            {text("address")}
            <FormField id="reg-enterprise_size" label={t("supplier.fields.enterprise_size")}>
              <NativeSelect value={values.enterprise_size} onChange={set("enterprise_size")}>
                {SIZES.map((size) => (
                  <option key={size} value={size}>
                    {t(`supplier.sizes.${size}`)}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
            <FormField id="reg-special_status" label={t("supplier.fields.special_status")}>
              <NativeSelect value={values.special_status} onChange={set("special_status")}>
                {SPECIAL.map((status) => (
                  <option key={status} value={status}>
                    {t(`supplier.special.${status}`)}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
          </div>
        </Container>
        <Container className="flex flex-col gap-3">
          <Heading level="h2">{t("supplier.register.bank")}</Heading>
          <div className="grid gap-3 sm:grid-cols-2">
            {text("bank_account_name")}
            {text("bank_name")}
            {text("bank_account_number", { inputMode: "numeric" })}
          </div>
        </Container>
        <Container className="flex flex-col gap-3">
          <Heading level="h2">{t("supplier.register.contact")}</Heading>
          <div className="grid gap-3 sm:grid-cols-2">
            {text("contact_name")}
            {text("contact_phone", { type: "tel", autoComplete: "tel" })}
          </div>
        </Container>
        {apiError && (
          <Text role="alert" className="text-ui-fg-error">
            {apiError.message}
          </Text>
        )}
        <div className="flex items-center gap-4">
          <Button type="submit" isLoading={submit.isPending}>
            {t("supplier.register.submit")}
          </Button>
          <Text size="small">
            {t("supplier.register.haveAccount")}{" "}
            <Link to="/supplier/login" className="text-ui-fg-interactive-hover hover:underline">
              {t("supplier.register.loginLink")}
            </Link>
          </Text>
        </div>
      </form>
    </div>
  )
}
