import { Button, Checkbox, Drawer, Heading, Label, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { adminFetch, faKeys, formatShanghai, useClarifications, useSolicitation, type Clarification } from "../lib/api"
import { planActions } from "../lib/plan-form"
import { formatFen } from "../lib/yuan"
import { DrawerHeader, Fields, LoadError, Loading, OrganizationName, PlanStatus, ReasonDrawer } from "./shared"

/**
 * One plan in a drawer: its content, lots and clarifications, and the actions its status
 * offers to the screen's actor — the agency (`mode="agency"`: edit, submit, publish, cancel,
 * answer) or the regulator (`mode="review"`: approve, file, return). The routes decide again.
 */
export function PlanDetail({ id, mode, onClose, onEdit }: { id: string | null; mode: "agency" | "review"; onClose: () => void; onEdit?: (id: string) => void }) {
  const { t } = useTranslation("fa")
  const client = useQueryClient()
  const prompt = usePrompt()
  const { data, isLoading, error } = useSolicitation(id)
  const clarifications = useClarifications(id)
  const [reasonFor, setReasonFor] = useState<null | "return" | "cancel">(null)
  const [answering, setAnswering] = useState<Clarification | null>(null)
  const [changes, setChanges] = useState(false)
  const [busy, setBusy] = useState<string | null>(null)
  const plan = data?.solicitation
  const actions = planActions(plan?.status ?? "")
  const refresh = () => void client.invalidateQueries({ queryKey: faKeys.all })
  const path = (verb: string) => `/admin/solicitations/${encodeURIComponent(plan!.id)}/${verb}`

  const act = async (verb: string, confirmKey: string, doneKey: string) => {
    if (!(await prompt({ title: t(confirmKey), description: plan!.title, confirmText: t("common.confirm"), cancelText: t("common.cancel") }))) return
    setBusy(verb)
    try {
      await adminFetch(path(verb), { method: "POST", body: {} })
      toast.success(t(doneKey))
    } catch (e) {
      toast.error(t("common.error", { message: (e as Error).message }))
    } finally {
      setBusy(null)
      refresh()
    }
  }

  return (
    <Drawer open={!!id} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content className="max-w-3xl">
        <DrawerHeader title={plan?.title ?? t("common.details")} />
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          {isLoading ? <Loading /> : error ? <LoadError error={error} /> : plan ? (
            <>
              <Fields
                rows={[
                  [t("common.status"), <PlanStatus status={plan.status} />],
                  [t("detail.reason"), plan.status_reason],
                  [t("detail.note"), plan.review_note],
                  [t("detail.owner"), <OrganizationName id={plan.owner_org_id} />],
                  [t("detail.region"), plan.region_code],
                  [t("detail.catalog"), (plan.catalog_item_codes ?? []).join("、")],
                  [t("detail.centralized"), plan.centralized_catalog ? t("detail.yes") : t("detail.no")],
                  [t("detail.kind"), t(`form.${plan.agreement_kind}`)],
                  [t("detail.method"), plan.evaluation_method ? t(`form.${plan.evaluation_method}`) : null],
                  [t("detail.elimination"), plan.elimination_rate_percent != null ? `${plan.elimination_rate_percent}%` : plan.shortlist_cap],
                  [t("detail.phase2"), (plan.phase2_methods ?? []).map((m: { method: string }) => t(`form.${m.method}`)).join("、")],
                  [t("detail.term"), plan.term_months],
                  [t("detail.window"), plan.response_window_days],
                  [t("detail.deadline"), formatShanghai(plan.response_deadline)],
                  [t("detail.survey"), [...(plan.demand_survey?.purchasers ?? []), ...(plan.demand_survey?.suppliers ?? [])].map((p: { name: string }) => p.name).join("、")],
                  [t("detail.preferences"), (plan.policy_preferences ?? []).map((p: { kind: string; price_deduction_percent: number }) => `${p.kind} ${p.price_deduction_percent}%`).join("；")],
                  [t("detail.template"), plan.agreement_template],
                ]}
              />
              <section className="flex flex-col gap-y-2">
                <Heading level="h3">{t("detail.lots")}</Heading>
                <Table>
                  <Table.Header>
                    <Table.Row>
                      <Table.HeaderCell>{t("lot.name")}</Table.HeaderCell>
                      <Table.HeaderCell>{t("lot.kind")}</Table.HeaderCell>
                      <Table.HeaderCell>{t("lot.quantity")}</Table.HeaderCell>
                      <Table.HeaderCell>{t("lot.budget")}</Table.HeaderCell>
                      <Table.HeaderCell>{t("lot.maxPrice")}</Table.HeaderCell>
                      <Table.HeaderCell>{t("lot.deposit")}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {plan.lots.map((lot) => (
                      <Table.Row key={lot.id}>
                        <Table.Cell title={lot.specification}>{lot.position}. {lot.name}</Table.Cell>
                        <Table.Cell>{t(`lot.${lot.kind}`)}</Table.Cell>
                        <Table.Cell>{lot.quantity_estimate} {lot.unit}</Table.Cell>
                        <Table.Cell>{formatFen(lot.budget_fen)}</Table.Cell>
                        <Table.Cell>{formatFen(lot.max_unit_price_fen)}</Table.Cell>
                        <Table.Cell>{formatFen(lot.deposit_fen)}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </section>
              <section className="flex flex-col gap-y-2">
                <Heading level="h3">{t("detail.clarifications")}</Heading>
                {(clarifications.data?.clarifications ?? []).length === 0 ? (
                  <Text size="small" className="text-ui-fg-subtle">{t("common.none")}</Text>
                ) : (
                  clarifications.data!.clarifications.map((c) => (
                    <div key={c.id} className="flex flex-col gap-y-1 border-b pb-2">
                      <Text size="small" weight="plus">{t("clar.question")}：{c.question}</Text>
                      <Text size="xsmall" className="text-ui-fg-subtle">{t("clar.askedAt")} {formatShanghai(c.asked_at)}</Text>
                      {c.answered_at ? (
                        <Text size="small">{t("clar.answer")}：{c.answer}{c.changes_documents ? `（${t("clar.changes")}）` : ""}</Text>
                      ) : mode === "agency" && plan.status === "published" ? (
                        <Button size="small" variant="secondary" className="self-start" onClick={() => { setChanges(false); setAnswering(c) }}>{t("clar.reply")}</Button>
                      ) : (
                        <Text size="small" className="text-ui-fg-subtle">{t("clar.unanswered")}</Text>
                      )}
                    </div>
                  ))
                )}
              </section>
            </>
          ) : null}
        </Drawer.Body>
        {plan && (
          <Drawer.Footer>
            {mode === "agency" && actions.cancel && <Button variant="danger" onClick={() => setReasonFor("cancel")}>{t("detail.cancelPlan")}</Button>}
            {mode === "agency" && actions.edit && onEdit && <Button variant="secondary" onClick={() => onEdit(plan.id)}>{t("detail.edit")}</Button>}
            {mode === "agency" && actions.submit && <Button isLoading={busy === "submit"} onClick={() => act("submit", "detail.submitConfirm", "detail.submitted")}>{t("detail.submit")}</Button>}
            {mode === "agency" && actions.publish && <Button isLoading={busy === "publish"} onClick={() => act("publish", "detail.publishConfirm", "detail.published")}>{t("detail.publish")}</Button>}
            {mode === "review" && actions.review && (
              <>
                <Button variant="danger" onClick={() => setReasonFor("return")}>{t("reviews.return")}</Button>
                {plan.centralized_catalog ? (
                  <Button isLoading={busy === "approve"} onClick={() => act("approve", "reviews.approveConfirm", "reviews.approved")}>{t("reviews.approve")}</Button>
                ) : (
                  <Button isLoading={busy === "file"} onClick={() => act("file", "reviews.fileConfirm", "reviews.filed")}>{t("reviews.file")}</Button>
                )}
              </>
            )}
          </Drawer.Footer>
        )}
      </Drawer.Content>
      {plan && (
        <ReasonDrawer
          open={reasonFor !== null}
          onOpenChange={(open) => !open && setReasonFor(null)}
          title={reasonFor === "return" ? t("reviews.returnTitle") : t("detail.cancelTitle")}
          hint={reasonFor === "return" ? t("reviews.returnHint") : t("detail.cancelHint")}
          label={t("detail.reason")}
          confirmLabel={reasonFor === "return" ? t("reviews.return") : t("detail.cancelPlan")}
          onSubmit={async (reason) => {
            await adminFetch(path(reasonFor === "return" ? "return" : "cancel"), { method: "POST", body: { reason } })
            toast.success(reasonFor === "return" ? t("reviews.returned") : t("detail.cancelled"))
            refresh()
          }}
        />
      )}
      {plan && answering && (
        <ReasonDrawer
          open={!!answering}
          onOpenChange={(open) => !open && setAnswering(null)}
          title={t("clar.replyTitle")}
          hint={`${t("clar.replyHint")} ${answering.question}`}
          label={t("clar.answer")}
          confirmLabel={t("clar.reply")}
          extra={
            <div className="flex items-center gap-x-2">
              <Checkbox id="fa-changes-documents" checked={changes} onCheckedChange={(v) => setChanges(v === true)} />
              <Label htmlFor="fa-changes-documents">{t("clar.changesLabel")}</Label>
            </div>
          }
          onSubmit={async (answer) => {
            const result = await adminFetch<{ deadline_extended: boolean }>(path(`clarifications/${encodeURIComponent(answering.id)}/answer`), {
              method: "POST",
              body: { answer, changes_documents: changes },
            })
            toast.success(result.deadline_extended ? t("clar.extended") : t("clar.answered"))
            refresh()
          }}
        />
      )}
    </Drawer>
  )
}
