import { Badge, Button, Container, Heading, Input, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { resubmitRegistration, type OrganizationStatus, type SupplierMe } from "../../api/supplier"
import { SUPPLIER_SESSION_KEY } from "../../app/supplier-session"
import { FormField } from "../../components/form-field"
import { RequireSupplier } from "../../components/require-supplier"
import { useLanguage } from "../../i18n"
import { describeApiError } from "../../lib/api-error"
import { formatDateTime } from "../../lib/format"

export const ORGANIZATION_STATUS_COLOR: Record<OrganizationStatus, "orange" | "green" | "red" | "grey"> = {
  pending_review: "orange",
  approved: "green",
  rejected: "red",
  suspended: "grey",
  banned: "red",
}

export function SupplierStatusPage() {
  return <RequireSupplier>{(me) => <StatusContent me={me} />}</RequireSupplier>
}

function StatusContent({ me }: { me: SupplierMe }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const org = me.organization
  const reason = org.status_reason ?? "—"
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <Heading level="h1">{t("supplier.status.title")}</Heading>
      <Container className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <Heading level="h2">{org.name}</Heading>
          <Badge color={ORGANIZATION_STATUS_COLOR[org.status]} data-testid="organization-status">
            {t(`supplier.status.${org.status}`)}
          </Badge>
        </div>
        <dl className="txt-small grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-ui-fg-subtle">
          <dt>{t("supplier.fields.uscc")}</dt>
          <dd className="font-mono text-ui-fg-base">{org.uscc}</dd>
          <dt>{t("supplier.fields.region_code")}</dt>
          <dd className="text-ui-fg-base">{t(`regions.${org.region_code}`, { defaultValue: org.region_code })}</dd>
          {org.submitted_at && (
            <>
              <dt>{t("supplier.status.submittedAt")}</dt>
              <dd className="text-ui-fg-base">{formatDateTime(org.submitted_at, language)}</dd>
            </>
          )}
        </dl>
        <Text role="status">
          {org.status === "pending_review"
            ? t("supplier.status.pendingText")
            : org.status === "approved"
              ? t("supplier.status.approvedText")
              : org.status === "rejected"
                ? t("supplier.status.rejectedText", { reason })
                : t("supplier.status.blockedText", { reason })}
        </Text>
      </Container>
      {org.status === "rejected" && <ResubmitForm me={me} />}
    </div>
  )
}

/** A rejected supplier corrects what the reviewer named and sends the registration again. */
function ResubmitForm({ me }: { me: SupplierMe }) {
  const { t } = useTranslation()
  const client = useQueryClient()
  const org = me.organization
  const [values, setValues] = useState({
    name: org.name,
    contact_name: org.contact_name ?? "",
    contact_phone: org.contact_phone ?? "",
    address: org.address ?? "",
    bank_account_number: org.supplier_profile?.bank_account_number ?? "",
  })
  const resubmit = useMutation({
    mutationFn: () =>
      resubmitRegistration({
        name: values.name.trim(),
        contact_name: values.contact_name.trim(),
        contact_phone: values.contact_phone.trim(),
        ...(values.address.trim() ? { address: values.address.trim() } : {}),
        bank_account_number: values.bank_account_number.replace(/\s+/g, ""),
      }),
    onSuccess: async () => {
      toast.success(t("supplier.status.resubmitted"))
      await client.invalidateQueries({ queryKey: SUPPLIER_SESSION_KEY })
    },
  })
  const error = resubmit.error ? describeApiError(resubmit.error, t) : undefined
  return (
    <Container className="flex flex-col gap-3">
      <Heading level="h2">{t("supplier.status.resubmitTitle")}</Heading>
      <form
        className="grid gap-3 sm:grid-cols-2"
        onSubmit={(event) => {
          event.preventDefault()
          resubmit.mutate()
        }}
      >
        {(Object.keys(values) as (keyof typeof values)[]).map((key) => (
          <FormField key={key} id={`resubmit-${key}`} label={t(`supplier.fields.${key}`)} error={error?.field === key ? error.message : undefined}>
            <Input value={values[key]} onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))} />
          </FormField>
        ))}
        {error && (
          <Text role="alert" className="text-ui-fg-error sm:col-span-2">
            {error.message}
          </Text>
        )}
        <div className="sm:col-span-2">
          <Button type="submit" isLoading={resubmit.isPending}>
            {t("supplier.status.resubmit")}
          </Button>
        </div>
      </form>
    </Container>
  )
}
