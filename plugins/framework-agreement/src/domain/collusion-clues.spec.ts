import { describe, expect, it } from "vitest"
import { collusionClues, type SubmissionTrace } from "./collusion-clues"

let counter = 0
function trace(supplier: string, lot: string, extra: Partial<SubmissionTrace> = {}): SubmissionTrace {
  counter += 1
  return {
    response_id: `resp_${supplier}_${lot}`,
    supplier_id: supplier,
    lot_id: lot,
    supplier_uscc: `USCC-${supplier.toUpperCase()}`,
    price_fen: 100_000 + counter, // distinct unless a test sets it
    ...extra,
  }
}
const kinds = (traces: SubmissionTrace[]) => collusionClues(traces).map((clue) => clue.kind)

describe("collusionClues — shared submission data", () => {
  it("finds nothing in clean data", () => {
    expect(
      collusionClues([
        trace("a", "lot_1", { deposit_account: "6222 0001", client_ip: "10.0.0.1", mac: "AA:BB:CC:00:00:01", device_fingerprint: "fp-a", signer_uscc: "USCC-A" }),
        trace("b", "lot_1", { deposit_account: "6222 0002", client_ip: "10.0.0.2", mac: "AA:BB:CC:00:00:02", device_fingerprint: "fp-b", signer_uscc: "uscc-b" }),
      ])
    ).toEqual([])
  })

  it("reports deposits from the same account across suppliers, ignoring blanks and hyphens", () => {
    const clues = collusionClues([
      trace("a", "lot_1", { deposit_account: "6222 0200 1234" }),
      trace("b", "lot_2", { deposit_account: "6222-0200-1234" }),
      trace("c", "lot_1", { deposit_account: "6222 0200 9999" }),
    ])
    expect(clues).toEqual([
      {
        kind: "same_deposit_account",
        lot_id: null,
        lot_ids: ["lot_1", "lot_2"],
        supplier_ids: ["a", "b"],
        response_ids: ["resp_a_lot_1", "resp_b_lot_2"],
        evidence: { deposit_account: "622202001234" },
      },
    ])
  })

  it("does not flag one supplier reusing its own account, IP and device across lots", () => {
    expect(
      kinds([
        trace("a", "lot_1", { deposit_account: "1", client_ip: "1.1.1.1", mac: "aa-bb-cc-dd-ee-ff", device_fingerprint: "fp" }),
        trace("a", "lot_2", { deposit_account: "1", client_ip: "1.1.1.1", mac: "AABBCCDDEEFF", device_fingerprint: "fp" }),
      ])
    ).toEqual([])
  })

  it("reports the same IP (folding IPv4-mapped IPv6), fingerprint and MAC (any separator or case)", () => {
    const clues = collusionClues([
      trace("a", "lot_1", { client_ip: "::ffff:223.5.5.5", device_fingerprint: "fp-1", mac: "aa-bb-cc-dd-ee-ff" }),
      trace("b", "lot_1", { client_ip: "223.5.5.5", device_fingerprint: "fp-1 ", mac: "AA:BB:CC:DD:EE:FF" }),
    ])
    expect(clues.map((clue) => [clue.kind, clue.lot_id, clue.supplier_ids, clue.evidence])).toEqual([
      ["same_client_ip", "lot_1", ["a", "b"], { client_ip: "223.5.5.5" }],
      ["same_device_fingerprint", "lot_1", ["a", "b"], { device_fingerprint: "fp-1" }],
      ["same_mac", "lot_1", ["a", "b"], { mac: "AABBCCDDEEFF" }],
    ])
  })

  it("ignores missing values and placeholder MACs", () => {
    expect(
      kinds([
        trace("a", "lot_1", { client_ip: "", mac: "00:00:00:00:00:00", deposit_account: null }),
        trace("b", "lot_1", { client_ip: " ", mac: "00-00-00-00-00-00", deposit_account: null }),
        trace("c", "lot_1", { mac: "FF:FF:FF:FF:FF:FF" }),
        trace("d", "lot_1", { mac: "ff-ff-ff-ff-ff-ff" }),
      ])
    ).toEqual([])
  })

  it("groups three suppliers on one IP into one clue", () => {
    const clues = collusionClues(["a", "b", "c"].map((s) => trace(s, "lot_1", { client_ip: "36.110.1.9" })))
    expect(clues).toHaveLength(1)
    expect(clues[0].supplier_ids).toEqual(["a", "b", "c"])
  })
})

describe("collusionClues — certificates", () => {
  it("names both suppliers when a response is signed with another responding supplier's certificate", () => {
    const clues = collusionClues([trace("a", "lot_1", { signer_uscc: "uscc-b" }), trace("b", "lot_1", { signer_uscc: "USCC-B" })])
    expect(clues).toEqual([
      {
        kind: "foreign_certificate",
        lot_id: "lot_1",
        lot_ids: ["lot_1"],
        supplier_ids: ["a", "b"],
        response_ids: ["resp_a_lot_1"],
        evidence: { signer_uscc: "USCC-B", supplier_uscc: "USCC-A", certificate_owner_supplier_id: "b" },
      },
    ])
  })

  it("reports a certificate of a company that did not respond", () => {
    const [clue] = collusionClues([trace("a", "lot_1", { signer_uscc: "USCC-Z" })])
    expect(clue).toMatchObject({ kind: "foreign_certificate", supplier_ids: ["a"], evidence: { certificate_owner_supplier_id: "not a responding supplier" } })
  })
})

describe("collusionClues — identical prices", () => {
  it("reports identical prices per lot, not across lots by themselves", () => {
    const clues = collusionClues([
      trace("a", "lot_1", { price_fen: 388_800 }),
      trace("b", "lot_1", { price_fen: 388_800 }),
      trace("c", "lot_1", { price_fen: 399_000 }),
      trace("c", "lot_2", { price_fen: 388_800 }),
    ])
    expect(clues.map((clue) => [clue.kind, clue.lot_id, clue.supplier_ids, clue.evidence])).toEqual([
      ["identical_prices", "lot_1", ["a", "b"], { price_fen: 388_800 }],
    ])
  })

  it("reports the same two suppliers identical in two lots as a cross-lot pattern", () => {
    const clues = collusionClues([
      trace("a", "lot_1", { price_fen: 388_800 }),
      trace("b", "lot_1", { price_fen: 388_800 }),
      trace("c", "lot_1", { price_fen: 388_800 }),
      trace("a", "lot_2", { price_fen: 512_000 }),
      trace("b", "lot_2", { price_fen: 512_000 }),
      trace("c", "lot_2", { price_fen: 500_000 }),
    ])
    expect(clues.map((clue) => clue.kind)).toEqual(["identical_prices", "identical_prices", "identical_prices_across_lots"])
    expect(clues[2]).toEqual({
      kind: "identical_prices_across_lots",
      lot_id: null,
      lot_ids: ["lot_1", "lot_2"],
      supplier_ids: ["a", "b"],
      response_ids: ["resp_a_lot_1", "resp_a_lot_2", "resp_b_lot_1", "resp_b_lot_2"],
      evidence: { lots: 2, prices: ["lot_1:388800", "lot_2:512000"] },
    })
  })

  it("honours min_lots", () => {
    const traces = ["lot_1", "lot_2"].flatMap((lot) => [trace("a", lot, { price_fen: 1 }), trace("b", lot, { price_fen: 1 })])
    expect(collusionClues(traces, { min_lots: 3 }).map((clue) => clue.kind)).toEqual(["identical_prices", "identical_prices"])
  })

  it("does not pair a group larger than pair_group_limit but still reports it", () => {
    const traces = ["lot_1", "lot_2"].flatMap((lot) => ["a", "b", "c"].map((s) => trace(s, lot, { price_fen: 7 })))
    const clues = collusionClues(traces, { pair_group_limit: 2 })
    expect(clues.map((clue) => clue.kind)).toEqual(["identical_prices", "identical_prices"])
    expect(clues[0].evidence.pairing_skipped).toBe("more than 2 suppliers")
  })

  it("ignores unopened responses (no price yet)", () => {
    expect(kinds([trace("a", "lot_1", { price_fen: null }), trace("b", "lot_1", { price_fen: null })])).toEqual([])
  })

  it.each([
    [{ min_lots: 1 }, /min_lots must be a whole number ≥ 2, got 1/],
    [{ pair_group_limit: 1.5 }, /pair_group_limit must be a whole number ≥ 2, got 1.5/],
  ])("refuses options %j", (options, message) => {
    expect(() => collusionClues([], options)).toThrow(message)
  })
})

describe("collusionClues — scale", () => {
  it("finds the one shared IP among 100k responses (grouping, not pairwise)", () => {
    const traces: SubmissionTrace[] = Array.from({ length: 100_000 }, (_, i) => ({
      response_id: `r${i}`,
      supplier_id: `s${i}`,
      lot_id: `lot_${i % 50}`,
      supplier_uscc: `U${i}`,
      price_fen: 100_000 + i,
      client_ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
      deposit_account: `acct${i}`,
    }))
    traces[99_999].client_ip = traces[0].client_ip
    // Speed is measured in bench/framework-ranking.mjs, never asserted here.
    const clues = collusionClues(traces)
    expect(clues.map((clue) => [clue.kind, clue.supplier_ids])).toEqual([["same_client_ip", ["s0", "s99999"]]])
  })
})
