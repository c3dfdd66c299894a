import { announcementReadFilter, announcementReadProblem, announcementWriteProblem } from "./announcement-scope"

const agencyA = { kind: "agency", organization_id: "org_a", region_code: "140000" } as const
const agencyB = { kind: "agency", organization_id: "org_b", region_code: "140100" } as const
const regulator = { kind: "regulator", organization_id: "org_r", region_code: "140000" } as const
const regulatorBeijing = { kind: "regulator", organization_id: "org_rb", region_code: "110000" } as const
const platform = { kind: "platform", organization_id: "org_p", region_code: "100000" } as const

const draftOfA = { id: "ann_1", status: "draft", organization_id: "org_a", region_code: "140100" }
const publishedOfA = { ...draftOfA, status: "published" }
const systemDraft = { id: "ann_2", status: "draft", organization_id: null, region_code: null }

describe("announcement scope", () => {
  it.each([
    [agencyA, draftOfA, true],
    [agencyB, draftOfA, false],
    [agencyB, publishedOfA, true],
    [agencyB, { ...draftOfA, status: "withdrawn" }, true],
    [regulator, draftOfA, true],
    [regulatorBeijing, draftOfA, false],
    [regulatorBeijing, publishedOfA, true],
    [platform, draftOfA, true],
    [agencyA, systemDraft, false],
    [platform, systemDraft, true],
  ] as const)("read: %j on %j → %s", (actor, announcement, allowed) => {
    expect(announcementReadProblem(actor, announcement) === null).toBe(allowed)
  })

  it.each([
    [agencyA, draftOfA, true],
    [agencyB, draftOfA, false],
    [agencyB, publishedOfA, false],
    [regulator, draftOfA, false],
    [platform, draftOfA, true],
    [agencyA, systemDraft, false],
    [platform, systemDraft, true],
  ] as const)("publish / withdraw: %j on %j → %s", (actor, announcement, allowed) => {
    expect(announcementWriteProblem(actor, announcement, "publish") === null).toBe(allowed)
  })

  it("names both organizations", () => {
    expect(announcementWriteProblem(agencyB, draftOfA, "withdraw")).toBe(
      "agency organization org_b may not withdraw announcement ann_1 of organization org_a: only members of the organization that drafted it may"
    )
  })

  it("lists what may be read", () => {
    expect(announcementReadFilter(platform)).toBeNull()
    expect(announcementReadFilter(agencyB)).toEqual([{ status: ["published", "withdrawn"] }, { organization_id: "org_b" }])
    expect(announcementReadFilter(regulator)).toEqual([
      { status: ["published", "withdrawn"] },
      { organization_id: "org_r" },
      { region_code: { $like: "14%" } },
    ])
  })
})
