import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  FALLBACK_PAYMENT_PROVIDER_ID,
  FULFILLMENT_PROVIDER_ID,
  FULFILLMENT_SET,
  PAYMENT_PROVIDER_IDS,
  PUBLISHABLE_KEY_TITLE,
  REGION,
  SALES_CHANNEL,
  SHIPPING_OPTION,
  SHIPPING_PROFILE,
  STOCK_LOCATION,
  STORE,
  TAX,
} from "./data/commerce"
import { fenToYuan } from "@govmall/procurement-core/domain/money"
import type { SeedReport } from "./report"

/**
 * Step 1 of the demo seed: everything a purchaser needs to check out — store currency,
 * region with payment providers and tax-inclusive prices, tax region, sales channel,
 * publishable key, warehouse with fulfillment set, shipping profile and a free delivery
 * option. Each record is looked up by its natural key first, so a second run is a no-op.
 */

export interface CommerceSetup {
  salesChannelId: string
  publishableKey: string
  publishableKeyId: string
  regionId: string
  paymentProviderIds: string[]
  taxRegionId: string
  stockLocationId: string
  fulfillmentSetId: string
  serviceZoneId: string
  shippingProfileId: string
  shippingOptionId: string
}

/** Ids of records reached through a link in a query.graph result (entries may be null). */
function linkedIds(records: ({ id?: string } | null | undefined)[] | null | undefined): string[] {
  return (records ?? []).map((r) => r?.id).filter((id): id is string => typeof id === "string")
}

type Ctx = { container: MedusaContainer; report: SeedReport; logger: Logger }

export async function seedCommerceSetup(
  container: MedusaContainer,
  report: SeedReport
): Promise<CommerceSetup> {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const ctx: Ctx = { container, report, logger }

  const salesChannelId = await ensureSalesChannel(ctx)
  const { id: publishableKeyId, token: publishableKey } = await ensurePublishableKey(ctx, salesChannelId)
  const { regionId, paymentProviderIds } = await ensureRegion(ctx)
  const taxRegionId = await ensureTaxRegion(ctx)
  const stockLocationId = await ensureStockLocation(ctx, salesChannelId)
  const { fulfillmentSetId, serviceZoneId } = await ensureFulfillmentSet(ctx, stockLocationId)
  const shippingProfileId = await ensureShippingProfile(ctx)
  const shippingOptionId = await ensureShippingOption(ctx, {
    regionId,
    serviceZoneId,
    shippingProfileId,
  })
  await ensureStore(ctx, { salesChannelId, regionId })

  return {
    salesChannelId,
    publishableKey,
    publishableKeyId,
    regionId,
    paymentProviderIds,
    taxRegionId,
    stockLocationId,
    fulfillmentSetId,
    serviceZoneId,
    shippingProfileId,
    shippingOptionId,
  }
}

async function ensureSalesChannel({ container, report }: Ctx): Promise<string> {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await salesChannels.listSalesChannels({ name: SALES_CHANNEL.name })
  if (existing) {
    return existing.id
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: SALES_CHANNEL.name, description: SALES_CHANNEL.description }] },
  })
  report.changed(`created sales channel ${SALES_CHANNEL.name}`)
  return result[0].id
}

async function ensurePublishableKey(
  { container, report }: Ctx,
  salesChannelId: string
): Promise<{ id: string; token: string }> {
  const apiKeys = container.resolve(Modules.API_KEY)
  const keys = await apiKeys.listApiKeys({ title: PUBLISHABLE_KEY_TITLE, type: "publishable" })
  let key = keys.find((k) => !k.revoked_at)
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    key = result[0]
    report.changed(`created publishable API key "${PUBLISHABLE_KEY_TITLE}"`)
  }

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["id", "sales_channels.id"],
    filters: { id: key.id },
  })
  const linked = linkedIds(data[0]?.sales_channels).includes(salesChannelId)
  if (!linked) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: key.id, add: [salesChannelId] },
    })
    report.changed("linked the publishable key to the sales channel")
  }
  return { id: key.id, token: key.token }
}

/**
 * Our payment providers come from the payment-mock plugin. When it is not registered (not
 * built yet, or left out of medusa-config) the region gets Medusa's system provider instead,
 * and a later seed run swaps in ours once they exist.
 */
async function availablePaymentProviders({ container, logger }: Ctx): Promise<string[]> {
  const payments = container.resolve(Modules.PAYMENT)
  const providers = await payments.listPaymentProviders({ id: [...PAYMENT_PROVIDER_IDS] })
  const found = PAYMENT_PROVIDER_IDS.filter((id) => providers.some((p) => p.id === id && p.is_enabled))
  const missing = PAYMENT_PROVIDER_IDS.filter((id) => !found.includes(id))
  if (missing.length) {
    logger.warn(`[seed] payment providers not registered: ${missing.join(", ")}`)
  }
  if (found.length) {
    return found
  }
  logger.warn(`[seed] falling back to ${FALLBACK_PAYMENT_PROVIDER_ID} so that checkout still works`)
  return [FALLBACK_PAYMENT_PROVIDER_ID]
}

async function ensureRegion(ctx: Ctx): Promise<{ regionId: string; paymentProviderIds: string[] }> {
  const { container, report } = ctx
  const paymentProviderIds = await availablePaymentProviders(ctx)
  const regions = container.resolve(Modules.REGION)
  const [existing] = await regions.listRegions({ name: REGION.name })

  if (!existing) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: REGION.name,
            currency_code: REGION.currency_code,
            countries: [...REGION.countries],
            automatic_taxes: REGION.automatic_taxes,
            is_tax_inclusive: REGION.is_tax_inclusive,
            payment_providers: paymentProviderIds,
            metadata: { name_en: REGION.name_en },
          },
        ],
      },
    })
    report.changed(`created region ${REGION.name} with ${paymentProviderIds.join(", ")}`)
    return { regionId: result[0].id, paymentProviderIds }
  }

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "region",
    fields: ["id", "payment_providers.id"],
    filters: { id: existing.id },
  })
  const current = linkedIds(data[0]?.payment_providers).sort()
  const providersMatch = JSON.stringify(current) === JSON.stringify([...paymentProviderIds].sort())

  const pricing = container.resolve(Modules.PRICING)
  const [preference] = await pricing.listPricePreferences({ attribute: "region_id", value: [existing.id] })
  const taxInclusiveMatch = preference?.is_tax_inclusive === REGION.is_tax_inclusive

  if (!providersMatch || !taxInclusiveMatch) {
    await updateRegionsWorkflow(container).run({
      input: {
        selector: { id: existing.id },
        update: {
          ...(providersMatch ? {} : { payment_providers: paymentProviderIds }),
          ...(taxInclusiveMatch ? {} : { is_tax_inclusive: REGION.is_tax_inclusive }),
        },
      },
    })
    report.changed(`updated region ${REGION.name} (payment providers / tax-inclusive prices)`)
  }
  return { regionId: existing.id, paymentProviderIds }
}

async function ensureTaxRegion({ container, report, logger }: Ctx): Promise<string> {
  const tax = container.resolve(Modules.TAX)
  const existing = (await tax.listTaxRegions({ country_code: TAX.country_code })).find(
    (region) => !region.parent_id
  )
  if (existing) {
    return existing.id
  }
  const providers = await tax.listTaxProviders({ id: TAX.provider_id })
  if (!providers.length) {
    logger.warn(`[seed] tax provider ${TAX.provider_id} not found; creating the tax region without one`)
  }
  const { result } = await createTaxRegionsWorkflow(container).run({
    input: [
      {
        country_code: TAX.country_code,
        ...(providers.length ? { provider_id: TAX.provider_id } : {}),
        default_tax_rate: { ...TAX.default_rate },
      },
    ],
  })
  report.changed(`created tax region ${TAX.country_code} with ${TAX.default_rate.name}`)
  return result[0].id
}

async function ensureStockLocation({ container, report }: Ctx, salesChannelId: string): Promise<string> {
  const stockLocations = container.resolve(Modules.STOCK_LOCATION)
  let [location] = await stockLocations.listStockLocations({ name: STOCK_LOCATION.name })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: { locations: [{ name: STOCK_LOCATION.name, address: { ...STOCK_LOCATION.address } }] },
    })
    location = result[0]
    report.changed(`created stock location ${STOCK_LOCATION.name}`)
  }

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "sales_channels.id", "fulfillment_providers.id"],
    filters: { id: location.id },
  })
  const linkedChannels = linkedIds(data[0]?.sales_channels)
  const linkedProviders = linkedIds(data[0]?.fulfillment_providers)

  if (!linkedChannels.includes(salesChannelId)) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: [salesChannelId] },
    })
    report.changed("linked the stock location to the sales channel")
  }
  if (!linkedProviders.includes(FULFILLMENT_PROVIDER_ID)) {
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: FULFILLMENT_PROVIDER_ID },
    })
    report.changed(`linked the stock location to fulfillment provider ${FULFILLMENT_PROVIDER_ID}`)
  }
  return location.id
}

async function ensureFulfillmentSet(
  { container, report }: Ctx,
  stockLocationId: string
): Promise<{ fulfillmentSetId: string; serviceZoneId: string }> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  let [set] = await fulfillment.listFulfillmentSets(
    { name: FULFILLMENT_SET.name },
    { relations: ["service_zones"] }
  )
  if (!set) {
    set = await fulfillment.createFulfillmentSets({
      name: FULFILLMENT_SET.name,
      type: FULFILLMENT_SET.type,
      service_zones: [
        {
          name: FULFILLMENT_SET.service_zone.name,
          geo_zones: [{ type: "country", country_code: FULFILLMENT_SET.service_zone.country_code }],
        },
      ],
    })
    report.changed(`created fulfillment set ${FULFILLMENT_SET.name}`)
  }

  let zone = set.service_zones?.find((z) => z.name === FULFILLMENT_SET.service_zone.name)
  if (!zone) {
    ;[zone] = await fulfillment.createServiceZones([
      {
        fulfillment_set_id: set.id,
        name: FULFILLMENT_SET.service_zone.name,
        geo_zones: [{ type: "country", country_code: FULFILLMENT_SET.service_zone.country_code }],
      },
    ])
    report.changed(`created service zone ${FULFILLMENT_SET.service_zone.name}`)
  }

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_sets.id"],
    filters: { id: stockLocationId },
  })
  const linkedSets = linkedIds(data[0]?.fulfillment_sets)
  if (!linkedSets.includes(set.id)) {
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
      [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
    })
    report.changed("linked the fulfillment set to the stock location")
  }
  return { fulfillmentSetId: set.id, serviceZoneId: zone.id }
}

async function ensureShippingProfile({ container, report }: Ctx): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listShippingProfiles({ type: SHIPPING_PROFILE.type })
  if (existing) {
    return existing.id
  }
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: SHIPPING_PROFILE.name, type: SHIPPING_PROFILE.type }] },
  })
  report.changed(`created shipping profile ${SHIPPING_PROFILE.name}`)
  return result[0].id
}

async function ensureShippingOption(
  { container, report }: Ctx,
  refs: { regionId: string; serviceZoneId: string; shippingProfileId: string }
): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listShippingOptions({
    name: SHIPPING_OPTION.name,
    service_zone: { id: refs.serviceZoneId },
  })
  if (existing) {
    return existing.id
  }
  // Medusa takes CNY amounts as yuan numbers; the decimal string converts exactly.
  const amount = Number(fenToYuan(SHIPPING_OPTION.amount_fen))
  const { result } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: SHIPPING_OPTION.name,
        price_type: "flat",
        provider_id: FULFILLMENT_PROVIDER_ID,
        service_zone_id: refs.serviceZoneId,
        shipping_profile_id: refs.shippingProfileId,
        type: { ...SHIPPING_OPTION.type },
        prices: [
          { currency_code: STORE.currency_code, amount },
          { region_id: refs.regionId, amount },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  report.changed(`created shipping option ${SHIPPING_OPTION.name}`)
  return result[0].id
}

async function ensureStore(
  { container, report }: Ctx,
  refs: { salesChannelId: string; regionId: string }
): Promise<void> {
  const stores = container.resolve(Modules.STORE)
  const [store] = await stores.listStores({}, { relations: ["supported_currencies"] })
  if (!store) {
    throw new Error("No store found: Medusa creates one at start-up, so the app did not load fully")
  }

  const currencies = store.supported_currencies ?? []
  const currenciesMatch =
    currencies.length === 1 &&
    currencies[0].currency_code === STORE.currency_code &&
    currencies[0].is_default

  const pricing = container.resolve(Modules.PRICING)
  const [preference] = await pricing.listPricePreferences({
    attribute: "currency_code",
    value: [STORE.currency_code],
  })
  const taxInclusiveMatch = preference?.is_tax_inclusive === REGION.is_tax_inclusive

  const update = {
    ...(store.name === STORE.name ? {} : { name: STORE.name }),
    ...(store.default_sales_channel_id === refs.salesChannelId
      ? {}
      : { default_sales_channel_id: refs.salesChannelId }),
    ...(store.default_region_id === refs.regionId ? {} : { default_region_id: refs.regionId }),
    ...(currenciesMatch && taxInclusiveMatch
      ? {}
      : {
          supported_currencies: [
            {
              currency_code: STORE.currency_code,
              is_default: true,
              is_tax_inclusive: REGION.is_tax_inclusive,
            },
          ],
        }),
  }
  if (Object.keys(update).length) {
    await updateStoresWorkflow(container).run({ input: { selector: { id: store.id }, update } })
    report.changed(`updated store (${Object.keys(update).join(", ")})`)
  }
}
