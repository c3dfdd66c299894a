import type {
  AnnouncementDTO,
  AnnouncementTransitionState,
} from "../../modules/procurement_announcement/service"

/** The fields a transition changes, as they were: what compensation puts back. */
export function transitionState(announcement: AnnouncementDTO): AnnouncementTransitionState {
  return {
    status: announcement.status,
    published_at: announcement.published_at ?? null,
    withdrawn_at: announcement.withdrawn_at ?? null,
    withdraw_reason: announcement.withdraw_reason ?? null,
  }
}
