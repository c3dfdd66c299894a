import { Button, Heading, Input, Label, RadioGroup, Text } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { checkout, type PaymentChoice } from "../api/emall"
import { describeApiError } from "../lib/api-error"
import { REGION_CODES } from "../lib/regions"
import { NativeSelect } from "./native-select"

type Channel = "treasury" | "official_card"

/** Delivery address and payment channel; submitting places one order per supplier. */
export function CheckoutForm({ cartId, orderCount }: { cartId: string; orderCount: number }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const client = useQueryClient()
  const [recipient, setRecipient] = useState("")
  const [phone, setPhone] = useState("")
  const [region, setRegion] = useState("140105")
  const [address, setAddress] = useState("")
  const [channel, setChannel] = useState<Channel>("treasury")
  const [budgetCode, setBudgetCode] = useState("")
  const [cardNumber, setCardNumber] = useState("")

  const place = useMutation({
    mutationFn: () => {
      const payment: PaymentChoice =
        channel === "treasury"
          ? { provider_id: "pp_govpay_treasury", data: { budget_indicator_code: budgetCode.trim() } }
          : { provider_id: "pp_govpay_official_card", data: { card_number: cardNumber.trim() } }
      return checkout(
        cartId,
        { first_name: recipient.trim(), phone: phone.trim(), address_1: address.trim(), country_code: "cn", metadata: { region_code: region } },
        payment
      )
    },
    onSuccess: (orders) => {
      client.removeQueries({ queryKey: ["cart"] })
      void client.invalidateQueries({ queryKey: ["orders"] })
      navigate("/orders", { state: { placed: orders.length } })
    },
  })
  const error = place.error ? describeApiError(place.error, t) : undefined
  const invalid = (field: string) => (error?.field === field ? true : undefined)

  return (
    <form
      aria-labelledby="checkout-title"
      className="flex flex-col gap-4 rounded-lg border border-ui-border-base bg-ui-bg-base p-4"
      onSubmit={(event) => {
        event.preventDefault()
        place.mutate()
      }}
    >
      <Heading level="h2" id="checkout-title">
        {t("checkout.title")}
      </Heading>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="txt-compact-small-plus mb-2">{t("checkout.address")}</legend>
        <Field id="co-recipient" label={t("checkout.recipient")}>
          <Input id="co-recipient" required value={recipient} onChange={(e) => setRecipient(e.target.value)} autoComplete="name" />
        </Field>
        <Field id="co-phone" label={t("checkout.phone")}>
          <Input id="co-phone" required type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} autoComplete="tel" />
        </Field>
        <Field id="co-region" label={t("checkout.region")}>
          <NativeSelect id="co-region" value={region} onChange={(e) => setRegion(e.target.value)} aria-invalid={invalid("region_code")}>
            {REGION_CODES.filter((code) => code !== "100000").map((code) => (
              <option key={code} value={code}>
                {t(`regions.${code}`)}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field id="co-address" label={t("checkout.addressLine")}>
          <Input id="co-address" required value={address} onChange={(e) => setAddress(e.target.value)} aria-invalid={invalid("address_1")} autoComplete="street-address" />
        </Field>
      </fieldset>
      <fieldset className="flex flex-col gap-3">
        <legend className="txt-compact-small-plus mb-2">{t("checkout.payment")}</legend>
        <RadioGroup value={channel} onValueChange={(v) => setChannel(v as Channel)} aria-label={t("checkout.payment")} className="flex gap-6">
          <div className="flex items-center gap-2">
            <RadioGroup.Item value="treasury" id="pay-treasury" />
            <Label htmlFor="pay-treasury">{t("checkout.treasury")}</Label>
          </div>
          <div className="flex items-center gap-2">
            <RadioGroup.Item value="official_card" id="pay-card" />
            <Label htmlFor="pay-card">{t("checkout.officialCard")}</Label>
          </div>
        </RadioGroup>
        {channel === "treasury" ? (
          <Field id="co-budget" label={t("checkout.budgetCode")}>
            <Input id="co-budget" required value={budgetCode} onChange={(e) => setBudgetCode(e.target.value)} placeholder={t("checkout.budgetCodeHint")} aria-invalid={invalid("budget_indicator_code")} />
          </Field>
        ) : (
          <Field id="co-card" label={t("checkout.cardNumber")}>
            <Input id="co-card" required inputMode="numeric" value={cardNumber} onChange={(e) => setCardNumber(e.target.value)} placeholder={t("checkout.cardNumberHint")} aria-invalid={invalid("card_number")} />
          </Field>
        )}
      </fieldset>
      {error && (
        <Text role="alert" size="small" className="text-ui-fg-error">
          {error.message}
        </Text>
      )}
      {place.isPending && (
        <Text role="status" size="small" className="text-ui-fg-subtle">
          {t("checkout.placing")}
        </Text>
      )}
      <div className="flex items-center justify-between gap-3">
        <Text size="small" className="text-ui-fg-subtle">
          {t("cart.orderCount", { count: orderCount })}
        </Text>
        <Button type="submit" isLoading={place.isPending}>
          {t("checkout.placeOrder")}
        </Button>
      </div>
    </form>
  )
}

function Field({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={id} size="small">
        {label}
      </Label>
      {children}
    </div>
  )
}
