import { z } from "zod";

/** Facilities offered as tick boxes; anything else is a "name: detail" line. */
export const KNOWN_FACILITIES = ["wifi", "projector", "wheelchairAccess", "kitchen"] as const;
export type KnownFacility = (typeof KNOWN_FACILITIES)[number];

export type VenueValues = {
  name: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  postcode: string;
  capacity: string;
  timezone: string;
  parkingInfo: string;
  facilities: Record<KnownFacility, boolean>;
  otherFacilities: string;
  isActive: boolean;
};

export type SavedVenue = {
  name: string;
  addressLine1: string;
  addressLine2?: string | null;
  city: string;
  postcode: string;
  capacity: number;
  timezone?: string | null;
  parkingInfo?: string | null;
  facilities: unknown;
  isActive: boolean;
};

const isKnown = (name: string): name is KnownFacility =>
  (KNOWN_FACILITIES as readonly string[]).includes(name);

/** The stored facilities object ({"wifi": true, "cprManikins": "12 adult"}) as tick boxes and lines. */
export function facilitiesToForm(stored: unknown): Pick<VenueValues, "facilities" | "otherFacilities"> {
  const facilities = { wifi: false, projector: false, wheelchairAccess: false, kitchen: false };
  const lines: string[] = [];
  const entries =
    stored && typeof stored === "object" && !Array.isArray(stored) ? Object.entries(stored) : [];
  for (const [name, value] of entries) {
    if (isKnown(name) && typeof value === "boolean") facilities[name] = value;
    else if (value === true) lines.push(name);
    else lines.push(`${name}: ${typeof value === "string" ? value : JSON.stringify(value)}`);
  }
  return { facilities, otherFacilities: lines.join("\n") };
}

/** Tick boxes and "name: detail" lines back into one object; a bare name means "there is one". */
export function facilitiesFromForm(values: Pick<VenueValues, "facilities" | "otherFacilities">) {
  const out: Record<string, boolean | string> = { ...values.facilities };
  for (const raw of values.otherFacilities.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    const colon = line.indexOf(":");
    const name = (colon === -1 ? line : line.slice(0, colon)).trim();
    const detail = colon === -1 ? "" : line.slice(colon + 1).trim();
    if (!name) continue;
    out[name] = detail === "" || detail === "true" ? true : detail === "false" ? false : detail;
  }
  return out;
}

export function emptyVenue(timezone: string): VenueValues {
  return {
    name: "",
    addressLine1: "",
    addressLine2: "",
    city: "",
    postcode: "",
    capacity: "",
    timezone,
    parkingInfo: "",
    ...facilitiesToForm({}),
    isActive: true,
  };
}

export function venueValues(saved: SavedVenue): VenueValues {
  return {
    name: saved.name,
    addressLine1: saved.addressLine1,
    addressLine2: saved.addressLine2 ?? "",
    city: saved.city,
    postcode: saved.postcode,
    capacity: String(saved.capacity),
    timezone: saved.timezone ?? "",
    parkingInfo: saved.parkingInfo ?? "",
    ...facilitiesToForm(saved.facilities),
    isActive: saved.isActive,
  };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// Messages are keys of adminOperations.errors, translated where they are shown.
const required = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong");
export const venueSchema = z.object({
  name: required(200),
  addressLine1: required(200),
  addressLine2: z.string().max(200, "tooLong"),
  city: required(100),
  postcode: required(20),
  capacity: z
    .string()
    .trim()
    .refine((v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 10_000, "capacity"),
  timezone: z
    .string()
    .trim()
    .refine((v) => v === "" || isTimeZone(v), "timeZone"),
  parkingInfo: z.string().max(2000, "tooLong"),
  facilities: z.object({
    wifi: z.boolean(),
    projector: z.boolean(),
    wheelchairAccess: z.boolean(),
    kitchen: z.boolean(),
  }),
  otherFacilities: z.string().max(2000, "tooLong"),
  isActive: z.boolean(),
});
