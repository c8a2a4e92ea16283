// Absolute links for transactional emails. The flows that queue them (booking,
// payments, learning) run deep inside transactions with no configuration in
// reach; threading PUBLIC_URL through each of their signatures for one link
// would touch dozens of functions, so the messaging services set it once here.
// Every server of a process shares one PUBLIC_URL, so one value is enough.

// Until then (unit tests that build a service by hand): the PUBLIC_URL default for PORT 4000.
let base = "http://localhost:4000";

/** Called by createMessagingServices with config.publicUrl. */
export function setEmailLinkBase(publicUrl: string): void {
  base = publicUrl.replace(/\/+$/, "");
}

/** `path` on the public site, e.g. emailLink(`/bookings/${id}`). */
export const emailLink = (path: string): string => `${base}${path.startsWith("/") ? "" : "/"}${path}`;
