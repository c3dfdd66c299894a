/**
 * A contract's money, in integer fen only (procurement-core `money.ts`; never floats).
 *
 * Rules (contracts-and-deadlines.md, "Contracts" and "Deposits and bonds"):
 * - line total = unit price × quantity, exact (no rounding: both are integers);
 *   contract total = sum of line totals, exact.
 * - prepayment (预付款) = total × share %, rounded DOWN to the fen, so the purchaser never pays
 *   in advance more than the agreed share; balance (尾款) = total − prepayment, so the fen lost
 *   to rounding go to the balance and prepayment + balance = total exactly.
 *   A share below the encouraged 30 % (seed notice) is a warning flag, not a refusal.
 * - performance bond (履约保证金) ≤ 10 % of the contract value (Reg 48): a percentage is turned
 *   into fen rounded DOWN (a cap); an amount above total × 10 % (rounded down) is refused.
 * - after a partial acceptance, what is owed is the accepted value − prepayment; a negative
 *   result is a refund the supplier owes back.
 */
import {
  addFen,
  assertFen,
  multiplyFen,
  percentOfFen,
  type Fen,
} from "@govmall/procurement-core/domain/money"
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"

export const DEFAULT_ENCOURAGED_PREPAYMENT_PERCENT = 30
export const DEFAULT_MAX_BOND_PERCENT = 10

export type ContractLine = {
  /** Catalog item or SKU reference; carried through, not interpreted. */
  item_id: string
  quantity: number
  unit_price_fen: Fen
}

const PERCENT_PATTERN = /^\d+(\.\d{1,6})?$/

function parsePercent(value: string | number, label: string, max: number): string {
  const text = String(value).trim()
  if (!PERCENT_PATTERN.test(text) || Number(text) > max) {
    throw new InvalidValueError(`${label} must be a decimal from 0 to ${max} with at most 6 decimals, got ${JSON.stringify(value)}`)
  }
  return text
}

export function lineTotal(line: ContractLine, index = 0): Fen {
  const label = `lines[${index}]`
  if (!Number.isSafeInteger(line.quantity) || line.quantity < 1) {
    throw new InvalidValueError(`${label}.quantity must be a whole number > 0, got ${line.quantity}`)
  }
  assertFen(line.unit_price_fen, `${label}.unit_price_fen`)
  if (line.unit_price_fen <= 0) {
    throw new InvalidValueError(`${label}.unit_price_fen must be > 0, got ${line.unit_price_fen}`)
  }
  return multiplyFen(line.unit_price_fen, line.quantity)
}

export function contractTotal(lines: readonly ContractLine[]): Fen {
  if (lines.length === 0) {
    throw new InvalidValueError("lines must not be empty")
  }
  return addFen(...lines.map((line, index) => lineTotal(line, index)))
}

export type PaymentTermsInput = {
  lines: readonly ContractLine[]
  /** Prepayment share in % of the total (0–100, decimal string or number). */
  prepayment_percent: string | number
  /** Optional performance bond, as a % of the total or an amount in fen. */
  performance_bond?: { percent: string | number } | { amount_fen: Fen } | null
  encouraged_prepayment_percent?: number
  max_bond_percent?: number
}

export type PaymentTerms = {
  line_totals_fen: Fen[]
  total_fen: Fen
  prepayment_percent: string
  prepayment_fen: Fen
  balance_fen: Fen
  performance_bond_fen: Fen
  /** Warnings that do not refuse the contract. */
  flags: Array<"prepayment_below_encouraged">
}

export function paymentTerms(input: PaymentTermsInput): PaymentTerms {
  const lineTotals = input.lines.map((line, index) => lineTotal(line, index))
  const total = contractTotal(input.lines)
  const prepaymentPercent = parsePercent(input.prepayment_percent, "prepayment_percent", 100)
  const prepayment = percentOfFen(total, prepaymentPercent, "down")
  const encouraged = input.encouraged_prepayment_percent ?? DEFAULT_ENCOURAGED_PREPAYMENT_PERCENT
  const maxBondPercent = input.max_bond_percent ?? DEFAULT_MAX_BOND_PERCENT
  const bondCap = percentOfFen(total, maxBondPercent, "down")

  let bond = 0
  const requested = input.performance_bond
  if (requested && "percent" in requested) {
    const percent = parsePercent(requested.percent, "performance_bond.percent", maxBondPercent)
    bond = percentOfFen(total, percent, "down")
  } else if (requested && "amount_fen" in requested) {
    assertFen(requested.amount_fen, "performance_bond.amount_fen")
    if (requested.amount_fen < 0 || requested.amount_fen > bondCap) {
      throw new InvalidValueError(
        `performance_bond.amount_fen must be from 0 to ${bondCap} fen (${maxBondPercent} % of the contract total ${total} fen), got ${requested.amount_fen}`
      )
    }
    bond = requested.amount_fen
  }

  return {
    line_totals_fen: lineTotals,
    total_fen: total,
    prepayment_percent: prepaymentPercent,
    prepayment_fen: prepayment,
    balance_fen: total - prepayment,
    performance_bond_fen: bond,
    flags: Number(prepaymentPercent) < encouraged ? ["prepayment_below_encouraged"] : [],
  }
}

/**
 * What the purchaser still owes after acceptance: the value of the accepted quantities minus
 * the prepayment already paid. `accepted_quantities[i]` belongs to `lines[i]`, 0 ≤ q ≤ quantity.
 */
export function settlementAfterAcceptance(
  lines: readonly ContractLine[],
  acceptedQuantities: readonly number[],
  prepaidFen: Fen
): { accepted_total_fen: Fen; balance_due_fen: Fen; refund_due_fen: Fen } {
  if (acceptedQuantities.length !== lines.length) {
    throw new InvalidValueError(`accepted_quantities must have one entry per line (${lines.length}), got ${acceptedQuantities.length}`)
  }
  assertFen(prepaidFen, "prepaid_fen")
  const accepted = lines.map((line, index) => {
    lineTotal(line, index)
    const quantity = acceptedQuantities[index]
    if (!Number.isSafeInteger(quantity) || quantity < 0 || quantity > line.quantity) {
      throw new InvalidValueError(`accepted_quantities[${index}] must be a whole number from 0 to ${line.quantity}, got ${quantity}`)
    }
    return multiplyFen(line.unit_price_fen, quantity)
  })
  const acceptedTotal = addFen(0, ...accepted)
  const difference = acceptedTotal - prepaidFen
  return {
    accepted_total_fen: acceptedTotal,
    balance_due_fen: Math.max(difference, 0),
    refund_due_fen: Math.max(-difference, 0),
  }
}

export type PaymentKind = "prepayment" | "balance"
export type PaymentRecord = { kind: PaymentKind; amount_fen: Fen }

/**
 * What is still to pay of each part, given the payments recorded so far and the next one
 * (optional). A payment must be whole fen > 0 and not exceed what is outstanding of its part
 * (the mock payment provider is never asked to take more than is due). `balance_due_fen` is
 * the balance actually owed (after acceptance: `settlementAfterAcceptance`).
 */
export function paymentProgress(
  due: { prepayment_fen: Fen; balance_due_fen: Fen },
  payments: readonly PaymentRecord[],
  next?: PaymentRecord
): { prepayment_outstanding_fen: Fen; balance_outstanding_fen: Fen; fully_paid: boolean } {
  const outstanding: Record<PaymentKind, Fen> = { prepayment: due.prepayment_fen, balance: due.balance_due_fen }
  const all = next ? [...payments, next] : payments
  all.forEach((payment, index) => {
    const label = next && index === all.length - 1 ? "amount_fen" : `payments[${index}].amount_fen`
    if (payment.kind !== "prepayment" && payment.kind !== "balance") {
      throw new InvalidValueError(`kind must be "prepayment" or "balance", got ${JSON.stringify(payment.kind)}`)
    }
    assertFen(payment.amount_fen, label)
    if (payment.amount_fen <= 0) {
      throw new InvalidValueError(`${label} must be > 0, got ${payment.amount_fen}`)
    }
    if (payment.amount_fen > outstanding[payment.kind]) {
      throw new InvalidValueError(
        `${label} ${payment.amount_fen} exceeds the ${outstanding[payment.kind]} fen of ${payment.kind} outstanding`
      )
    }
    outstanding[payment.kind] -= payment.amount_fen
  })
  return {
    prepayment_outstanding_fen: outstanding.prepayment,
    balance_outstanding_fen: outstanding.balance,
    fully_paid: outstanding.prepayment === 0 && outstanding.balance === 0,
  }
}
