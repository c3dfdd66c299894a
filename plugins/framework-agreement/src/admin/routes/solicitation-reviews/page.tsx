import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CheckCircle } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { PlanDetail } from "../../components/plan-detail"
import { LoadError, Loading, OrganizationName, Pager, PlanStatus } from "../../components/shared"
import { formatShanghai, PAGE_SIZE, useReviewQueue } from "../../lib/api"

/** 征集计划审核: the regulator's queue of submitted plans of its province — approve, file or return. */
const ReviewsPage = () => {
  const { t } = useTranslation("fa")
  const [offset, setOffset] = useState(0)
  const [selected, setSelected] = useState<string | null>(null)
  const { data, isLoading, error } = useReviewQueue(offset)
  return (
    <Container id="fa-solicitation-reviews" className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>{t("reviews.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{t("reviews.subtitle")}</Text>
      </div>
      {isLoading ? <Loading /> : error ? <LoadError error={error} /> : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("list.plan")}</Table.HeaderCell>
                <Table.HeaderCell>{t("detail.owner")}</Table.HeaderCell>
                <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
                <Table.HeaderCell>{t("reviews.submittedAt")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data!.solicitations.map((s) => (
                <Table.Row key={s.id} className="cursor-pointer" onClick={() => setSelected(s.id)}>
                  <Table.Cell><button type="button" className="text-left" onClick={() => setSelected(s.id)}>{s.title}</button></Table.Cell>
                  <Table.Cell><OrganizationName id={s.owner_org_id} /></Table.Cell>
                  <Table.Cell><PlanStatus status={s.status} /></Table.Cell>
                  <Table.Cell>{formatShanghai(s.submitted_at)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {data!.solicitations.length === 0 && <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t("common.empty")}</Text>}
          <Pager count={data!.count ?? 0} offset={offset} pageSize={PAGE_SIZE} onOffset={setOffset} />
        </>
      )}
      <PlanDetail id={selected} mode="review" onClose={() => setSelected(null)} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "menu.reviews",
  translationNs: "fa",
  icon: CheckCircle,
  rank: 21,
})

export default ReviewsPage
