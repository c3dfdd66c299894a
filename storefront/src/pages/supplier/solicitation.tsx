import { Button, Container, Heading, Table, Text, Textarea } from "@medusajs/ui"
import { useMutation, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { askClarification, getSolicitation, type Solicitation } from "../../api/supplier"
import { FormField } from "../../components/form-field"
import { NativeSelect } from "../../components/native-select"
import { ErrorState, Loading } from "../../components/page-state"
import { RequireSupplier } from "../../components/require-supplier"
import { useLanguage } from "../../i18n"
import { describeApiError } from "../../lib/api-error"
import { formatDateTime, formatFen } from "../../lib/format"

export function SupplierSolicitationPage() {
  return <RequireSupplier approved>{() => <SolicitationContent />}</RequireSupplier>
}

function SolicitationContent() {
  const { t } = useTranslation()
  const language = useLanguage()
  const { id = "" } = useParams()
  const notice = useQuery({ queryKey: ["supplier", "solicitation", id], queryFn: () => getSolicitation(id) })
  return (
    <div className="flex max-w-4xl flex-col gap-4">
      <Link to="/supplier/solicitations" className="txt-compact-small text-ui-fg-interactive-hover hover:underline">
        {t("supplier.solicitations.back")}
      </Link>
      {notice.isPending ? (
        <Loading />
      ) : notice.isError ? (
        <ErrorState error={notice.error} onRetry={() => notice.refetch()} />
      ) : (
        <>
          <Heading level="h1">{notice.data.solicitation.title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("supplier.solicitations.deadline")}：
            {notice.data.solicitation.response_deadline ? formatDateTime(notice.data.solicitation.response_deadline, language) : "—"} ·{" "}
            {t("supplier.solicitations.term", { months: notice.data.solicitation.term_months })}
          </Text>
          <div className="overflow-x-auto rounded-lg border border-ui-border-base bg-ui-bg-base">
            <Table>
              <caption className="sr-only">{t("supplier.solicitations.lots")}</caption>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t("supplier.solicitations.lots")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("supplier.solicitations.budget")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("supplier.solicitations.maxUnitPrice")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {notice.data.solicitation.lots.map((lot) => (
                  <Table.Row key={lot.id}>
                    <Table.Cell className="whitespace-normal">
                      {lot.position}. {lot.name}
                      {lot.specification && <Text size="xsmall">{lot.specification}</Text>}
                    </Table.Cell>
                    <Table.Cell>{formatFen(lot.budget_fen, language)}</Table.Cell>
                    <Table.Cell>{lot.max_unit_price_fen != null ? formatFen(lot.max_unit_price_fen, language) : "—"}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <Clarifications solicitation={notice.data.solicitation} />
        </>
      )}
    </div>
  )
}

function Clarifications({ solicitation }: { solicitation: Solicitation }) {
  const { t } = useTranslation()
  const [question, setQuestion] = useState("")
  const [lot, setLot] = useState("")
  const [empty, setEmpty] = useState(false)
  const ask = useMutation({
    mutationFn: () => askClarification(solicitation.id, question.trim(), lot || undefined),
    onSuccess: () => setQuestion(""),
  })
  const error = ask.error ? describeApiError(ask.error, t) : undefined
  return (
    <>
      <Heading level="h2">{t("supplier.solicitations.clarifications")}</Heading>
      {solicitation.clarifications.length === 0 ? (
        <Text size="small">{t("supplier.solicitations.noClarifications")}</Text>
      ) : (
        <ul className="flex flex-col gap-2">
          {solicitation.clarifications.map((c) => (
            <li key={c.id}>
              <Container>
                <Text weight="plus">{c.question}</Text>
                <Text size="small">
                  {t("supplier.solicitations.answer")}：{c.answer}
                </Text>
              </Container>
            </li>
          ))}
        </ul>
      )}
      <Container className="flex flex-col gap-3">
        <Heading level="h2">{t("supplier.solicitations.ask")}</Heading>
        <form
          className="flex flex-col gap-3"
          onSubmit={(event) => {
            event.preventDefault()
            // Checked here, not with the required attribute: the field would show as invalid before anything is typed.
            setEmpty(!question.trim())
            if (question.trim()) ask.mutate()
          }}
        >
          <FormField id="clarification-lot" label={t("supplier.solicitations.lot")}>
            <NativeSelect value={lot} onChange={(e) => setLot(e.target.value)}>
              <option value="">{t("supplier.solicitations.allLots")}</option>
              {solicitation.lots.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.position}. {l.name}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <FormField id="clarification-question" label={t("supplier.solicitations.question")} error={empty ? t("supplier.offerForm.errors.required") : error?.field === "question" ? error.message : undefined}>
            <Textarea value={question} onChange={(e) => setQuestion(e.target.value)} rows={4} maxLength={2000} />
          </FormField>
          {error && error.field !== "question" && (
            <Text role="alert" className="text-ui-fg-error">
              {error.message}
            </Text>
          )}
          {ask.isSuccess && <Text role="status">{t("supplier.solicitations.sent")}</Text>}
          <div>
            <Button type="submit" isLoading={ask.isPending}>
              {t("supplier.solicitations.send")}
            </Button>
          </div>
        </form>
      </Container>
    </>
  )
}
