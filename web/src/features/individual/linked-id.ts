// Shared by the pages that emails open (individual courses, bookings).

/**
 * Emails link to `/…/<row uuid>`; the app's own links use the API's opaque global ids. A uuid is
 * turned into the global id the API would give (base64url of "Type:uuid"); anything else is
 * taken as a global id already.
 */
export function nodeIdFromLink(typename: string, param: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(param)) return param;
  return btoa(`${typename}:${param.toLowerCase()}`)
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}
