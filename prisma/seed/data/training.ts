// Venues and in-person schedules. At one venue no two non-cancelled schedules overlap (the
// exclusion constraint); the cancelled Paris EFAW run deliberately overlaps the FAW run to show it.
import type { ScheduleStatus } from "../../../api/src/generated/prisma/enums.js";
import type { PersonKey } from "./people.js";

export type VenueDef = {
  key: string;
  name: string;
  address: string;
  address2?: string;
  city: string;
  postcode: string;
  capacity: number;
  timezone: string;
  facilities: Record<string, boolean | string>;
  parking: string;
};

export const venues: VenueDef[] = [
  {
    key: "paris",
    name: "Campus Paris Bastille",
    address: "12 rue de la Roquette",
    address2: "2e étage",
    city: "Paris",
    postcode: "75011",
    capacity: 16,
    timezone: "Europe/Paris",
    facilities: { wifi: true, projector: true, wheelchairAccess: true, cprManikins: "12 adult, 6 infant" },
    parking: "Parking Indigo Bastille, 200 m",
  },
  {
    key: "lyon",
    name: "Campus Lyon Part-Dieu",
    address: "45 boulevard Vivier-Merle",
    city: "Lyon",
    postcode: "69003",
    capacity: 12,
    timezone: "Europe/Paris",
    facilities: { wifi: true, projector: true, wheelchairAccess: true },
    parking: "Parking Part-Dieu Gare",
  },
  {
    key: "copenhagen",
    name: "Campus Copenhagen Vesterbro",
    address: "Istedgade 80",
    city: "København V",
    postcode: "1650",
    capacity: 20,
    timezone: "Europe/Copenhagen",
    facilities: { wifi: true, projector: true, kitchen: true },
    parking: "Street parking, zone Vesterbro",
  },
  {
    key: "london",
    name: "Campus London Shoreditch",
    address: "1 Curtain Road",
    city: "London",
    postcode: "EC2A 3JX",
    capacity: 14,
    timezone: "Europe/London",
    facilities: { wifi: true, projector: false },
    parking: "No on-site parking: Old Street station",
  },
];

export type ScheduleDef = {
  key: string;
  slug: string;
  venue: string;
  instructor: PersonKey | null;
  /** First day, relative to today, and number of consecutive class days (09:00-17:00 local). */
  startDay: number;
  days: number;
  status: ScheduleStatus;
  capacity: number;
  price?: { cents: number; currency: string };
  notes?: string;
};

export const schedules: ScheduleDef[] = [
  {
    key: "paris-efaw-past",
    slug: "emergency-first-aid-at-work",
    venue: "paris",
    instructor: "james",
    startDay: -30,
    days: 1,
    status: "COMPLETED",
    capacity: 12,
  },
  {
    key: "paris-faw-past",
    slug: "first-aid-at-work",
    venue: "paris",
    instructor: "sophie",
    startDay: -60,
    days: 3,
    status: "COMPLETED",
    capacity: 12,
  },
  {
    key: "copenhagen-efaw-past",
    slug: "emergency-first-aid-at-work",
    venue: "copenhagen",
    instructor: "james",
    startDay: -20,
    days: 1,
    status: "COMPLETED",
    capacity: 12,
    price: { cents: 89500, currency: "DKK" },
    notes: "Taught in English",
  },
  {
    key: "lyon-efaw-small",
    slug: "emergency-first-aid-at-work",
    venue: "lyon",
    instructor: "sophie",
    startDay: 5,
    days: 1,
    status: "PUBLISHED",
    capacity: 4,
    notes: "Small-group session",
  },
  {
    key: "lyon-paed-next",
    slug: "paediatric-first-aid",
    venue: "lyon",
    instructor: "sophie",
    startDay: 10,
    days: 2,
    status: "PUBLISHED",
    capacity: 12,
  },
  {
    key: "paris-faw-next",
    slug: "first-aid-at-work",
    venue: "paris",
    instructor: "james",
    startDay: 14,
    days: 3,
    status: "PUBLISHED",
    capacity: 12,
  },
  {
    key: "paris-efaw-cancelled",
    slug: "emergency-first-aid-at-work",
    venue: "paris",
    instructor: "sophie",
    startDay: 15,
    days: 1,
    status: "CANCELLED",
    capacity: 12,
    notes: "Cancelled: trainer unavailable, attendees moved to the FAW run",
  },
  {
    key: "copenhagen-faw-next",
    slug: "first-aid-at-work",
    venue: "copenhagen",
    instructor: "james",
    startDay: 21,
    days: 3,
    status: "PUBLISHED",
    capacity: 12,
    price: { cents: 219500, currency: "DKK" },
  },
  {
    key: "london-efaw-draft",
    slug: "emergency-first-aid-at-work",
    venue: "london",
    instructor: null,
    startDay: 30,
    days: 1,
    status: "DRAFT",
    capacity: 12,
    price: { cents: 9500, currency: "GBP" },
  },
];
