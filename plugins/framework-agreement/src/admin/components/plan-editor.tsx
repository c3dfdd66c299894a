import { Button, Checkbox, Drawer, Heading, Input, Label, Select, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useEffect, useState, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { adminFetch, faKeys, useSolicitation } from "../lib/api"
import { DrawerHeader } from "./shared"
import { emptyLot, emptyPlanForm, planFormToBody, planToForm, type LotForm, type PlanForm } from "../lib/plan-form"

const PHASE2 = ["direct_selection", "second_round_bidding", "rotation"] as const

/** One labelled control; `id` ties the label to the input for screen readers and browser tests. */
function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id} size="small">{label}</Label>
      {children}
    </div>
  )
}

/**
 * The plan editor: a new plan (`id` null) or a draft / returned one. Money is typed in yuan.
 * The server's refusal (which names the field, e.g. `term_months: must be … from 1 to 12`)
 * is shown above the buttons as is.
 */
export function PlanEditor({ open, id, onClose, onSaved }: { open: boolean; id: string | null; onClose: () => void; onSaved: (id: string) => void }) {
  const { t } = useTranslation("fa")
  const client = useQueryClient()
  const existing = useSolicitation(id)
  const [form, setForm] = useState<PlanForm>(emptyPlanForm())
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!open) return
    setError(null)
    setForm(id && existing.data ? planToForm(existing.data.solicitation) : emptyPlanForm())
  }, [open, id, existing.data])

  const set = <K extends keyof PlanForm>(key: K, value: PlanForm[K]) => setForm((f) => ({ ...f, [key]: value }))
  const setLot = (i: number, patch: Partial<LotForm>) => setForm((f) => ({ ...f, lots: f.lots.map((l, j) => (j === i ? { ...l, ...patch } : l)) }))
  const text = (key: keyof PlanForm, label: string, multiline = false) => {
    const fieldId = `fa-plan-${String(key)}`
    return (
      <Field id={fieldId} label={label}>
        {multiline ? (
          <Textarea id={fieldId} value={form[key] as string} rows={3} onChange={(e) => set(key, e.target.value as never)} />
        ) : (
          <Input id={fieldId} value={form[key] as string} onChange={(e) => set(key, e.target.value as never)} />
        )}
      </Field>
    )
  }

  const save = async () => {
    const built = planFormToBody(form)
    if (!built.ok) {
      setError(built.errors.map((e) => t("form.fieldError", { field: e.field, error: t(`money.${e.error}`) })).join("；"))
      return
    }
    setBusy(true)
    setError(null)
    try {
      const result = await adminFetch<{ solicitation: { id: string } }>(id ? `/admin/solicitations/${encodeURIComponent(id)}` : "/admin/solicitations", {
        method: "POST",
        body: built.body,
      })
      toast.success(t("form.saved"))
      void client.invalidateQueries({ queryKey: faKeys.all })
      onSaved(result.solicitation.id)
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const closed = form.agreement_kind === "closed"
  return (
    <Drawer open={open} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content className="max-w-3xl">
        <DrawerHeader title={id ? t("form.editTitle") : t("form.createTitle")} />
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <form className="flex flex-col gap-y-4" aria-label={id ? t("form.editTitle") : t("form.createTitle")} onSubmit={(e) => { e.preventDefault(); void save() }}>
            {text("title", t("form.title"))}
            <div className="grid grid-cols-2 gap-4">
              {text("region_code", t("form.region"))}
              {text("term_months", t("form.term"))}
              {text("response_window_days", t("form.window"))}
              {text("sme_deduction_percent", t("form.sme"))}
            </div>
            {text("catalog_item_codes", t("form.catalog"), true)}
            <div className="flex items-center gap-x-2">
              <Switch id="fa-plan-centralized" checked={form.centralized_catalog} onCheckedChange={(v) => set("centralized_catalog", v)} />
              <Label htmlFor="fa-plan-centralized" size="small">{t("form.centralized")}</Label>
            </div>
            {text("eligible_region_codes", t("form.eligible"), true)}
            <div className="grid grid-cols-2 gap-4">
              <Field id="fa-plan-kind" label={t("form.kind")}>
                <Select value={form.agreement_kind} onValueChange={(v) => set("agreement_kind", v as PlanForm["agreement_kind"])}>
                  <Select.Trigger id="fa-plan-kind"><Select.Value /></Select.Trigger>
                  <Select.Content>
                    <Select.Item value="closed">{t("form.closed")}</Select.Item>
                    <Select.Item value="open">{t("form.open")}</Select.Item>
                  </Select.Content>
                </Select>
              </Field>
              {closed && (
                <Field id="fa-plan-method" label={t("form.method")}>
                  <Select value={form.evaluation_method} onValueChange={(v) => set("evaluation_method", v as PlanForm["evaluation_method"])}>
                    <Select.Trigger id="fa-plan-method"><Select.Value /></Select.Trigger>
                    <Select.Content>
                      <Select.Item value="price_priority">{t("form.price_priority")}</Select.Item>
                      <Select.Item value="quality_priority">{t("form.quality_priority")}</Select.Item>
                    </Select.Content>
                  </Select>
                </Field>
              )}
              {closed && text("elimination_rate_percent", t("form.elimination"))}
              {closed && text("shortlist_cap", t("form.cap"))}
            </div>
            {closed && form.evaluation_method === "quality_priority" && (
              <>
                <Field id="fa-plan-basis" label={t("form.basis")}>
                  <Select value={form.quality_priority_basis} onValueChange={(v) => set("quality_priority_basis", v as PlanForm["quality_priority_basis"])}>
                    <Select.Trigger id="fa-plan-basis"><Select.Value /></Select.Trigger>
                    <Select.Content>
                      <Select.Item value="government_price">{t("form.government_price")}</Select.Item>
                      <Select.Item value="lab_instrument">{t("form.lab_instrument")}</Select.Item>
                    </Select.Content>
                  </Select>
                </Field>
                {text("scoring_criteria", t("form.criteria"), true)}
              </>
            )}
            {closed && (
              <fieldset className="flex flex-col gap-y-2">
                <legend><Text size="small" weight="plus">{t("form.phase2")}</Text></legend>
                {PHASE2.map((method) => (
                  <div key={method} className="flex items-center gap-x-2">
                    <Checkbox
                      id={`fa-plan-phase2-${method}`}
                      checked={form.phase2_methods.includes(method)}
                      onCheckedChange={(v) =>
                        set("phase2_methods", v === true ? [...form.phase2_methods, method] : form.phase2_methods.filter((m) => m !== method))
                      }
                    />
                    <Label htmlFor={`fa-plan-phase2-${method}`} size="small">{t(`form.${method}`)}</Label>
                  </div>
                ))}
              </fieldset>
            )}
            <div className="grid grid-cols-2 gap-4">
              {text("survey_purchasers", t("form.purchasers"), true)}
              {text("survey_suppliers", t("form.suppliers"), true)}
            </div>
            {text("agreement_template", t("form.template"), true)}
            {form.lots.map((lot, i) => (
              <fieldset key={lot.id ?? `new-${i}`} className="flex flex-col gap-y-3 rounded-md border p-3" aria-label={t("lot.number", { n: i + 1 })}>
                <div className="flex items-center justify-between">
                  <Heading level="h3">{t("lot.number", { n: i + 1 })}</Heading>
                  {form.lots.length > 1 && (
                    <Button type="button" size="small" variant="secondary" onClick={() => set("lots", form.lots.filter((_, j) => j !== i))}>{t("lot.remove")}</Button>
                  )}
                </div>
                {(["name", "specification"] as const).map((key) => (
                  <Field key={key} id={`fa-lot-${i}-${key}`} label={t(`lot.${key}`)}>
                    <Input id={`fa-lot-${i}-${key}`} value={lot[key]} onChange={(e) => setLot(i, { [key]: e.target.value })} />
                  </Field>
                ))}
                <div className="grid grid-cols-3 gap-3">
                  <Field id={`fa-lot-${i}-kind`} label={t("lot.kind")}>
                    <Select value={lot.kind} onValueChange={(v) => setLot(i, { kind: v as LotForm["kind"] })}>
                      <Select.Trigger id={`fa-lot-${i}-kind`}><Select.Value /></Select.Trigger>
                      <Select.Content>
                        <Select.Item value="goods">{t("lot.goods")}</Select.Item>
                        <Select.Item value="services">{t("lot.services")}</Select.Item>
                      </Select.Content>
                    </Select>
                  </Field>
                  {([
                    ["quantity_estimate", "lot.quantity"],
                    ["unit", "lot.unit"],
                    ["budget_yuan", "lot.budget"],
                    ["max_unit_price_yuan", "lot.maxPrice"],
                    ["deposit_yuan", "lot.deposit"],
                  ] as const).map(([key, label]) => (
                    <Field key={key} id={`fa-lot-${i}-${key}`} label={t(label)}>
                      <Input id={`fa-lot-${i}-${key}`} value={lot[key]} onChange={(e) => setLot(i, { [key]: e.target.value })} />
                    </Field>
                  ))}
                </div>
                <div className="flex items-center gap-x-2">
                  <Checkbox id={`fa-lot-${i}-consumables`} checked={lot.consumables_price_required} onCheckedChange={(v) => setLot(i, { consumables_price_required: v === true })} />
                  <Label htmlFor={`fa-lot-${i}-consumables`} size="small">{t("lot.consumables")}</Label>
                </div>
              </fieldset>
            ))}
            <Button type="button" variant="secondary" className="self-start" onClick={() => set("lots", [...form.lots, emptyLot()])}>{t("lot.add")}</Button>
            {error && <Text size="small" className="text-ui-fg-error" role="alert">{t("common.error", { message: error })}</Text>}
          </form>
        </Drawer.Body>
        <Drawer.Footer>
          <Button variant="secondary" onClick={onClose}>{t("common.cancel")}</Button>
          <Button onClick={save} isLoading={busy}>{t("common.save")}</Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
