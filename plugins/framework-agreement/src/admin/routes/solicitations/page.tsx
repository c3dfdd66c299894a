import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Button, Container, Heading, Label, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { PlanDetail } from "../../components/plan-detail"
import { PlanEditor } from "../../components/plan-editor"
import { LoadError, Loading, Pager, PlanStatus } from "../../components/shared"
import { formatShanghai, PAGE_SIZE, useSolicitations } from "../../lib/api"
import { SOLICITATION_STATUS_LIST } from "../../lib/statuses"

/** 框架协议征集: the agency's plans — create, edit, submit, publish, cancel, answer clarifications. */
const SolicitationsPage = () => {
  const { t } = useTranslation("fa")
  const [status, setStatus] = useState("all")
  const [offset, setOffset] = useState(0)
  const [selected, setSelected] = useState<string | null>(null)
  const [editing, setEditing] = useState<{ id: string | null } | null>(null)
  const { data, isLoading, error } = useSolicitations({ status: status === "all" ? undefined : status, offset })

  return (
    <Container id="fa-solicitations" className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading>{t("list.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("list.subtitle")}</Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Label htmlFor="fa-status-filter" size="small">{t("common.status")}</Label>
          <Select value={status} onValueChange={(v) => { setStatus(v); setOffset(0) }}>
            <Select.Trigger id="fa-status-filter" className="w-40"><Select.Value /></Select.Trigger>
            <Select.Content>
              <Select.Item value="all">{t("common.allStatuses")}</Select.Item>
              {SOLICITATION_STATUS_LIST.map((s) => <Select.Item key={s} value={s}>{t(`status.${s}`)}</Select.Item>)}
            </Select.Content>
          </Select>
          <Button size="small" onClick={() => setEditing({ id: null })}>{t("list.create")}</Button>
        </div>
      </div>
      {isLoading ? <Loading /> : error ? <LoadError error={error} /> : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("list.plan")}</Table.HeaderCell>
                <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
                <Table.HeaderCell>{t("list.lots")}</Table.HeaderCell>
                <Table.HeaderCell>{t("list.deadline")}</Table.HeaderCell>
                <Table.HeaderCell>{t("list.updated")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data!.solicitations.map((s) => (
                <Table.Row key={s.id} className="cursor-pointer" onClick={() => setSelected(s.id)}>
                  <Table.Cell><button type="button" className="text-left" onClick={() => setSelected(s.id)}>{s.title}</button></Table.Cell>
                  <Table.Cell><PlanStatus status={s.status} /></Table.Cell>
                  <Table.Cell>{s.lots.length}</Table.Cell>
                  <Table.Cell>{formatShanghai(s.response_deadline)}</Table.Cell>
                  <Table.Cell>{formatShanghai(s.updated_at)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {data!.solicitations.length === 0 && <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t("common.empty")}</Text>}
          <Pager count={data!.count ?? 0} offset={offset} pageSize={PAGE_SIZE} onOffset={setOffset} />
        </>
      )}
      <PlanDetail id={selected} mode="agency" onClose={() => setSelected(null)} onEdit={(id) => { setSelected(null); setEditing({ id }) }} />
      <PlanEditor
        open={!!editing}
        id={editing?.id ?? null}
        onClose={() => setEditing(null)}
        onSaved={(id) => { setEditing(null); setSelected(id) }}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "menu.solicitations",
  translationNs: "fa",
  icon: DocumentText,
  rank: 20,
})

export default SolicitationsPage
