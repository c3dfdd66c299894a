import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ProcurementCoreEvents } from "../events"
import { PROCUREMENT_ANNOUNCEMENT_MODULE, type ProcurementAnnouncementService } from "../modules/procurement_announcement"
import { sendInboxMessagesWorkflow } from "../workflows/send-inbox-messages"

/**
 * Tells the author (an admin-side user: agency or regulator staff) in their inbox that the
 * announcement is now public — publication may have waited for review. Runs wherever
 * subscribers run: on the worker when server and worker are split.
 */
export default async function notifyAnnouncementAuthor({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const announcements = container.resolve<ProcurementAnnouncementService>(PROCUREMENT_ANNOUNCEMENT_MODULE)
  const announcement = await announcements.retrieveAnnouncement(event.data.id)
  await sendInboxMessagesWorkflow(container).run({
    input: {
      messages: [
        {
          recipient_actor_type: "user",
          recipient_id: announcement.created_by,
          title: `公告已发布：${announcement.title}`,
          body: `您起草的公告「${announcement.title}」已公开发布。Your announcement "${announcement.title}" is now public.`,
          link: `/store/announcements/${announcement.id}`,
          category: "announcement",
        },
      ],
    },
  })
}

export const config: SubscriberConfig = {
  event: ProcurementCoreEvents.ANNOUNCEMENT_PUBLISHED,
  context: { subscriberId: "procurement-core-notify-announcement-author" },
}
