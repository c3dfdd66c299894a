import type { CertificateKind } from "../../domain/certificate-validity"
import type { DelistReason, OfferStatus } from "../../domain/offer-lifecycle"
import type { PriceReportStatus } from "../../domain/price-report-lifecycle"

export type OfferCertificateInput = {
  kind: CertificateKind
  number: string
  issuer: string
  /** "YYYY-MM-DD", Asia/Shanghai. */
  expires_on: string
}

export type OfferCertificateDTO = OfferCertificateInput & { id: string; offer_id: string }

export type OfferDTO = {
  id: string
  product_id: string
  supplier_org_id: string
  price_fen: number
  stock: number
  delivery_region_codes: string[]
  lead_time_days: number
  warranty_months: number
  status: OfferStatus
  status_reason: string | null
  delist_reason: DelistReason | null
  submitted_at: Date | null
  approved_at: Date | null
  rejected_at: Date | null
  delisted_at: Date | null
  reviewed_by: string | null
  created_by: string
  certificates?: OfferCertificateDTO[]
  created_at: Date
  updated_at: Date
}

export type CreateOfferInput = {
  product_id: string
  supplier_org_id: string
  price_fen: number
  stock?: number
  delivery_region_codes: string[]
  lead_time_days: number
  warranty_months?: number
  certificates?: OfferCertificateInput[]
  metadata?: Record<string, unknown> | null
  /** Submit for review at once (draft → pending_review). */
  submit?: boolean
  /** Kinds the product's categories require (checked on submission). */
  required_certificate_kinds?: CertificateKind[]
}

export type UpdateOfferInput = {
  stock?: number
  delivery_region_codes?: string[]
  lead_time_days?: number
  warranty_months?: number
}

export type RecordReferencePriceInput = {
  product_id: string
  price_fen: number
  source: string
  note?: string | null
}

export type ReferencePriceDTO = {
  id: string
  product_id: string
  price_fen: number
  source: string
  note: string | null
  recorded_by: string
  recorded_at: Date
}

export type CatalogEntryInput = {
  product_id: string
  title: string
  handle: string | null
  thumbnail: string | null
  brand: string | null
  brand_key: string | null
  model_number: string | null
  category_ids: string[]
  category_handles: string[]
  product_status: string
  sales_channel_ids: string[]
  tokens: string[]
  search_text: string
}

export type CreatePriceReportInput = {
  offer_id: string
  /** The reporter's purchasing unit. */
  reporter_org_id: string
  evidence_text: string
  evidence_url?: string | null
  observed_price_fen?: number | null
}

export type PriceReportDTO = {
  id: string
  offer_id: string
  reporter_actor_type: string
  reporter_actor_id: string
  reporter_org_id: string | null
  supplier_org_id: string
  reported_price_fen: number
  evidence_text: string
  evidence_url: string | null
  observed_price_fen: number | null
  status: PriceReportStatus
  decided_at: Date | null
  decided_by: string | null
  decision_reason: string | null
  target_price_fen: number | null
  lower_by: Date | null
  resolved_at: Date | null
  resolved_price_fen: number | null
  expired_at: Date | null
  created_at: Date
  updated_at: Date
}

/** Module options (the plugin's options in medusa-config). */
export type EmallOfferModuleOptions = {
  /** Working days a supplier has to lower an upheld report's price; default 5. */
  priceReportWorkingDays?: number
}

/** A price change, and the upheld price reports it resolved. */
export type OfferPriceChangeResult = OfferDTO & { resolved_price_reports: PriceReportDTO[] }
