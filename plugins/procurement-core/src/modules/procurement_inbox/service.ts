import { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { procurementClock } from "../procurement_clock/shared-clock"
import InboxMessage from "./models/inbox-message"

/** Whose inbox: the auth actor type and actor id of the recipient. */
export type InboxRecipient = {
  actor_type: string
  actor_id: string
}

export type SendInboxMessageInput = {
  recipient_actor_type: string
  recipient_id: string
  title: string
  body: string
  link?: string | null
  category: string
}

export type InboxMessageDTO = {
  id: string
  recipient_actor_type: string
  recipient_id: string
  title: string
  body: string
  link: string | null
  category: string
  read_at: Date | null
  created_at: Date
  updated_at: Date
}

export type InboxListOptions = {
  unread_only?: boolean
  category?: string
  skip?: number
  take?: number
}

function requireText(value: unknown, field: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field} must be a non-empty string`)
  }
  return value
}

function requireString(value: unknown, field: string): string {
  if (typeof value !== "string") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field} must be a string`)
  }
  return value
}

function recipientFilter(recipient: InboxRecipient) {
  return {
    recipient_actor_type: requireText(recipient?.actor_type, "recipient actor_type"),
    recipient_id: requireText(recipient?.actor_id, "recipient actor_id"),
  }
}

/**
 * One notification inbox per actor (purchaser staff, platform staff, supplier, expert, bank).
 * Only the recipient can read or mark a message: for anyone else it does not exist (NOT_FOUND,
 * so ids of other people's messages cannot be probed).
 */
export default class ProcurementInboxService extends MedusaService({ InboxMessage }) {
  async sendMessage(data: SendInboxMessageInput, sharedContext: Context = {}): Promise<InboxMessageDTO> {
    const [message] = await this.sendMessages([data], sharedContext)
    return message
  }

  async sendMessages(data: SendInboxMessageInput[], sharedContext: Context = {}): Promise<InboxMessageDTO[]> {
    const rows = data.map((message) => ({
      recipient_actor_type: requireText(message.recipient_actor_type, "recipient_actor_type"),
      recipient_id: requireText(message.recipient_id, "recipient_id"),
      title: requireText(message.title, "title"),
      body: requireString(message.body, "body"),
      link: message.link ?? null,
      category: requireText(message.category, "category"),
      read_at: null,
    }))
    return (await this.createInboxMessages(rows, sharedContext)) as InboxMessageDTO[]
  }

  /** The recipient's messages, newest first, with the total count. */
  async listForRecipient(
    recipient: InboxRecipient,
    options: InboxListOptions = {},
    sharedContext: Context = {}
  ): Promise<[InboxMessageDTO[], number]> {
    const filters: Record<string, unknown> = recipientFilter(recipient)
    if (options.unread_only) {
      filters.read_at = null
    }
    if (options.category) {
      filters.category = options.category
    }
    const [messages, count] = await this.listAndCountInboxMessages(
      filters,
      {
        skip: Math.max(0, options.skip ?? 0),
        take: Math.min(Math.max(1, options.take ?? 20), 100),
        order: { created_at: "DESC", id: "DESC" },
      },
      sharedContext
    )
    return [messages as InboxMessageDTO[], count]
  }

  async unreadCount(recipient: InboxRecipient, sharedContext: Context = {}): Promise<number> {
    const [, count] = await this.listAndCountInboxMessages(
      { ...recipientFilter(recipient), read_at: null },
      { take: 1 },
      sharedContext
    )
    return count
  }

  /**
   * Marks the message read at the business clock's now. Idempotent: a message already read
   * keeps its first read_at. NOT_FOUND unless `recipient` owns the message.
   */
  @InjectTransactionManager()
  async markRead(
    id: string,
    recipient: InboxRecipient,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<InboxMessageDTO> {
    const [message] = (await this.listInboxMessages(
      { id, ...recipientFilter(recipient) },
      { take: 1 },
      sharedContext
    )) as InboxMessageDTO[]
    if (!message) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `inbox message ${id} was not found in this inbox`)
    }
    if (message.read_at) {
      return message
    }
    return (await this.updateInboxMessages(
      { id, read_at: procurementClock.now() },
      sharedContext
    )) as InboxMessageDTO
  }
}
