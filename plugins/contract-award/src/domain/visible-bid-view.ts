/**
 * What one viewer may see of a bidding round at `now` (issue #5 item 2; framework-agreement.md:
 * "bids are sealed until the window closes unless the documents define a live reverse auction
 * (then show only the current lowest price and a minimum decrement)").
 *
 * | viewer \ phase          | scheduled / open, sealed | open, live                                       | closed                               |
 * |-------------------------|--------------------------|--------------------------------------------------|--------------------------------------|
 * | invited supplier        | its own bids             | its own bids, lowest price, its rank, next max   | own bids and rank, winning price, bidder count |
 * | purchaser, regulator    | window only              | lowest price                                     | full ranking with identities         |
 * | anyone else             | window only              | window only                                      | window only (results go out as an announcement) |
 *
 * Never during the window: another bidder's identity, price history, or the number of bidders
 * (a count leaks how much competition there is). A live rank is by price, then time; the final
 * rank at close follows the round's tie rule.
 */
import type { Fen } from "@govmall/procurement-core/domain/money"
import { liveMaximumFen } from "./bid-rules"
import { closeRound, currentLowestFen, effectiveBids, type BiddingRound, type RankedBid } from "./second-round-bidding"

export type Viewer = { role: "supplier"; supplier_id: string } | { role: "purchaser" } | { role: "regulator" } | { role: "public" }

export type BidView = {
  round_id: string
  mode: BiddingRound["rules"]["mode"]
  phase: "scheduled" | "open" | "closed"
  opens_at: Date
  closes_at: Date
  own_bids?: Array<{ unit_price_fen: Fen; placed_at: Date }>
  own_rank?: number | null
  lowest_unit_price_fen?: Fen | null
  next_maximum_unit_price_fen?: Fen | null
  bidder_count?: number
  winning_unit_price_fen?: Fen | null
  ranking?: RankedBid[]
}

/** `excluded`: suppliers removed or suspended during the window, as passed to `closeRound`. */
export function visibleBidView(round: BiddingRound, viewer: Viewer, now: Date, excluded: readonly string[] = []): BidView {
  const phase = now.getTime() < round.opens_at.getTime() ? "scheduled" : now.getTime() < round.closes_at.getTime() ? "open" : "closed"
  const view: BidView = { round_id: round.id, mode: round.rules.mode, phase, opens_at: round.opens_at, closes_at: round.closes_at }
  const invited = viewer.role === "supplier" && round.invitees.some((i) => i.supplier_id === viewer.supplier_id)
  const staff = viewer.role === "purchaser" || viewer.role === "regulator"
  if (!invited && !staff) return view

  if (invited && viewer.role === "supplier") {
    view.own_bids = round.bids
      .filter((b) => b.supplier_id === viewer.supplier_id)
      .map((b) => ({ unit_price_fen: b.unit_price_fen, placed_at: b.placed_at }))
  }
  if (phase === "scheduled") return view

  if (phase === "open") {
    if (round.rules.mode === "sealed") return view
    const lowest = currentLowestFen(round)
    view.lowest_unit_price_fen = lowest
    if (viewer.role === "supplier") {
      const mine = effectiveBids(round.bids).find((b) => b.supplier_id === viewer.supplier_id)
      view.own_rank = mine
        ? 1 +
          effectiveBids(round.bids).filter(
            (b) =>
              b.unit_price_fen < mine.unit_price_fen ||
              (b.unit_price_fen === mine.unit_price_fen &&
                (b.placed_at.getTime() < mine.placed_at.getTime() || (b.placed_at.getTime() === mine.placed_at.getTime() && b.sequence < mine.sequence)))
          ).length
        : null
      view.next_maximum_unit_price_fen = liveMaximumFen(lowest, round.rules.min_decrement_percent)
    }
    return view
  }

  const result = closeRound(round, now, excluded)
  if (staff) {
    view.ranking = result.ranking
  } else if (viewer.role === "supplier") {
    view.own_rank = result.ranking.find((r) => r.supplier_id === viewer.supplier_id)?.rank ?? null
    view.bidder_count = result.ranking.length
    view.winning_unit_price_fen = result.status === "awarded" ? result.winner.unit_price_fen : null
  }
  return view
}
