// Open and click tracking of drip emails. The token in a tracking URL is the
// EmailLog id signed with HMAC, so nobody can forge opens or clicks of another
// email. The first open (and first click) of an email counts; later ones are
// the same reader again.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { CampusPrisma } from "../../db/client.js";

const sign = (secret: string, id: string) =>
  createHmac("sha256", secret).update(`track:${id}`).digest("base64url").slice(0, 22);

export function trackingToken(secret: string, emailLogId: string): string {
  return `${Buffer.from(emailLogId.replaceAll("-", ""), "hex").toString("base64url")}.${sign(secret, emailLogId)}`;
}

export function readTrackingToken(secret: string, token: string): string | null {
  const [idPart, sig] = token.split(".");
  if (!idPart || !sig) return null;
  const hex = Buffer.from(idPart, "base64url").toString("hex");
  if (hex.length !== 32) return null;
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const expected = Buffer.from(sign(secret, id));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}

/** Tracking URLs of one email, for its HTML. */
export function trackingUrls(publicUrl: string, secret: string, emailLogId: string) {
  const token = trackingToken(secret, emailLogId);
  return {
    pixel: `${publicUrl}/t/open/${token}.gif`,
    click: (target: string) => `${publicUrl}/t/click/${token}?u=${encodeURIComponent(target)}`,
  };
}

/**
 * Records an open; a click implies an open. Updates the subscription's counters and
 * the content's open/click rates (unique opens or clicks over emails sent).
 */
export async function recordEngagement(prisma: CampusPrisma, emailLogId: string, kind: "open" | "click") {
  await prisma.$transaction(async (tx) => {
    const now = new Date();
    const opened = await tx.emailLog.updateMany({
      where: { id: emailLogId, openedAt: null },
      data: { openedAt: now },
    });
    const clicked =
      kind === "click"
        ? await tx.emailLog.updateMany({
            where: { id: emailLogId, clickedAt: null },
            data: { clickedAt: now },
          })
        : { count: 0 };
    if (opened.count === 0 && clicked.count === 0) return;
    const email = await tx.emailLog.findUnique({
      where: { id: emailLogId },
      select: { dripSubscriptionId: true, dripContentId: true },
    });
    if (email?.dripSubscriptionId) {
      await tx.emailCourseSubscription.update({
        where: { id: email.dripSubscriptionId },
        data: { emailsOpened: { increment: opened.count }, linksClicked: { increment: clicked.count } },
      });
    }
    if (email?.dripContentId) {
      await tx.$executeRaw`
        UPDATE email_course_contents c SET
          open_rate = LEAST(1, (SELECT count(*) FROM email_logs e WHERE e.drip_content_id = c.id AND e.opened_at IS NOT NULL)::numeric / GREATEST(c.sent_count, 1)),
          click_rate = LEAST(1, (SELECT count(*) FROM email_logs e WHERE e.drip_content_id = c.id AND e.clicked_at IS NOT NULL)::numeric / GREATEST(c.sent_count, 1)),
          updated_at = now()
        WHERE c.id = ${email.dripContentId}::uuid`;
    }
  });
}
