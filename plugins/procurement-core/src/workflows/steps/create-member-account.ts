import type { ICustomerModuleService, IUserModuleService } from "@medusajs/framework/types"
import { generateEntityId, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MemberActorType } from "../../domain/organization-lifecycle"

export type CreateMemberAccountStepInput = {
  actor_type: MemberActorType
  email: string
  name: string
  phone?: string | null
}

export type MemberAccount = {
  actor_type: MemberActorType
  /** Medusa customer / user id, or for custom actors the pre-generated member id. */
  actor_id: string
  /** Set for custom actors: the member must be created with this id. */
  member_id?: string
}

type Compensation = { actor_type: MemberActorType; id: string | null }

export const createMemberAccountStepId = "create-member-account-step"

/**
 * The Medusa actor a member logs in as: a customer (purchasing-unit staff), an admin user
 * (agency / regulator / platform staff), or for custom actors (supplier, bank) just the member
 * id the auth identity will point to. Compensation deletes the customer / user.
 */
export const createMemberAccountStep = createStep(
  createMemberAccountStepId,
  async (input: CreateMemberAccountStepInput, { container }) => {
    const [first_name, ...rest] = input.name.trim().split(/\s+/)
    if (input.actor_type === "customer") {
      const customer = await container.resolve<ICustomerModuleService>(Modules.CUSTOMER).createCustomers({
        email: input.email,
        first_name,
        last_name: rest.join(" ") || null,
        phone: input.phone ?? null,
        has_account: true,
      })
      return new StepResponse<MemberAccount, Compensation>(
        { actor_type: "customer", actor_id: customer.id },
        { actor_type: "customer", id: customer.id }
      )
    }
    if (input.actor_type === "user") {
      const user = await container.resolve<IUserModuleService>(Modules.USER).createUsers({
        email: input.email,
        first_name,
        last_name: rest.join(" ") || null,
      })
      return new StepResponse<MemberAccount, Compensation>(
        { actor_type: "user", actor_id: user.id },
        { actor_type: "user", id: user.id }
      )
    }
    const memberId = generateEntityId(undefined, "mem")
    return new StepResponse<MemberAccount, Compensation>(
      { actor_type: input.actor_type, actor_id: memberId, member_id: memberId },
      { actor_type: input.actor_type, id: null }
    )
  },
  async (compensation, { container }) => {
    if (!compensation?.id) {
      return
    }
    if (compensation.actor_type === "customer") {
      await container.resolve<ICustomerModuleService>(Modules.CUSTOMER).deleteCustomers([compensation.id])
    } else if (compensation.actor_type === "user") {
      await container.resolve<IUserModuleService>(Modules.USER).deleteUsers([compensation.id])
    }
  }
)
