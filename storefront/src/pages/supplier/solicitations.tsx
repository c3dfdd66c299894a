import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { listOpenSolicitations } from "../../api/supplier"
import { ErrorState, Loading } from "../../components/page-state"
import { RequireSupplier } from "../../components/require-supplier"
import { useLanguage } from "../../i18n"
import { formatDateTime } from "../../lib/format"

export function SupplierSolicitationsPage() {
  return <RequireSupplier approved>{() => <SolicitationsContent />}</RequireSupplier>
}

function SolicitationsContent() {
  const { t } = useTranslation()
  const language = useLanguage()
  const list = useQuery({ queryKey: ["supplier", "solicitations"], queryFn: listOpenSolicitations })
  return (
    <div className="flex flex-col gap-4">
      <Heading level="h1">{t("supplier.solicitations.title")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("supplier.solicitations.intro")}
      </Text>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : list.data.solicitations.length === 0 ? (
        <Text>{t("supplier.solicitations.empty")}</Text>
      ) : (
        <ul className="flex flex-col gap-3">
          {list.data.solicitations.map((s) => (
            <li key={s.id}>
              <Container className="flex flex-col gap-1">
                <Link to={`/supplier/solicitations/${s.id}`} className="txt-compact-medium-plus text-ui-fg-interactive-hover hover:underline">
                  {s.title}
                </Link>
                <Text size="small" className="text-ui-fg-subtle">
                  {t("supplier.solicitations.deadline")}：{s.response_deadline ? formatDateTime(s.response_deadline, language) : "—"} ·{" "}
                  {t("supplier.solicitations.lots")}：{s.lots.length}
                </Text>
              </Container>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
