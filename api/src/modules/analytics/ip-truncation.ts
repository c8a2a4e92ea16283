import { isIP } from "node:net";

/**
 * Drops the host part of an address before it is stored (/24 for IPv4, /48 for
 * IPv6): enough for coarse location and abuse patterns, not to single out a person.
 * Anything that is not an IP address yields null.
 */
export function truncateIp(ip: string | null | undefined): string | null {
  if (!ip) return null;
  const bare = ip.startsWith("::ffff:") && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
  const version = isIP(bare);
  if (version === 4) return `${bare.split(".").slice(0, 3).join(".")}.0`;
  if (version !== 6) return null;
  const [head = "", tail = ""] = bare.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const groups = bare.includes("::")
    ? [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill("0"), ...tailGroups]
    : headGroups;
  return `${groups
    .slice(0, 3)
    .map((g) => g || "0")
    .join(":")}::`;
}
