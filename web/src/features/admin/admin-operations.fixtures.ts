import type {
  ApplicationCard_InstructorApplicationFragment,
  AuditLogEntryRows_AuditLogEntryFragment,
  DiscountCodeForm_DiscountCodeFragment,
  DiscountCodeRow_DiscountCodeFragment,
  VenueCard_VenueFragment,
  VenueForm_VenueFragment,
} from "../../gql/graphql";
import { money } from "../../test/api";

type Wire<T> = T & { __typename: string };

const pageInfo = { __typename: "PageInfo", hasNextPage: false, endCursor: null };

/** A connection page as the API sends it. */
export const connection = (typename: string, nodes: unknown[]) => ({ __typename: typename, pageInfo, nodes });

/** A discount code as the list and the mutations send it (both fragments). */
export function discountCodeFixture(
  overrides: Partial<DiscountCodeRow_DiscountCodeFragment & DiscountCodeForm_DiscountCodeFragment> = {},
): Wire<DiscountCodeRow_DiscountCodeFragment & DiscountCodeForm_DiscountCodeFragment> {
  return {
    __typename: "DiscountCode",
    id: "RGlzY291bnRDb2RlOjE=",
    code: "SPRING25",
    description: "Spring campaign",
    discountType: "PERCENTAGE",
    discountValue: 25,
    currency: null,
    minPurchase: null,
    minPurchaseCents: null,
    scope: "COURSES",
    format: null,
    courseTypeRestriction: null,
    applicableCourseIds: [],
    usedCount: 3,
    maxUses: 100,
    maxUsesPerUser: 1,
    validFrom: "2030-03-01T00:00:00.000Z",
    validUntil: "2030-06-01T00:00:00.000Z",
    isActive: true,
    ...overrides,
  };
}

export const fixedCodeFixture = () =>
  discountCodeFixture({
    id: "RGlzY291bnRDb2RlOjI=",
    code: "WELCOME10",
    description: null,
    discountType: "FIXED_AMOUNT",
    discountValue: 1000,
    currency: "EUR",
    minPurchase: money(5000) as DiscountCodeRow_DiscountCodeFragment["minPurchase"],
    minPurchaseCents: 5000,
    scope: "ALL",
    usedCount: 0,
    maxUses: null,
    maxUsesPerUser: null,
    validUntil: null,
  });

/** A venue as the list and the mutations send it (both fragments). */
export function venueFixture(
  overrides: Partial<VenueCard_VenueFragment & VenueForm_VenueFragment> = {},
): Wire<VenueCard_VenueFragment & VenueForm_VenueFragment> {
  return {
    __typename: "Venue",
    id: "VmVudWU6MQ==",
    name: "Lyon Part-Dieu training room",
    addressLine1: "12 rue de la Villette",
    addressLine2: null,
    city: "Lyon",
    postcode: "69003",
    capacity: 12,
    facilities: { wifi: true, projector: true, cprManikins: "12 adult, 6 infant" },
    parkingInfo: "Part-Dieu car park, level -2",
    timezone: "Europe/Paris",
    isActive: true,
    ...overrides,
  };
}

/** A venue switched off: kept for the admins' list, out of planning's. */
export const switchedOffVenueFixture = () =>
  venueFixture({
    id: "VmVudWU6Mw==",
    name: "Grenoble annex",
    addressLine1: "5 place Victor Hugo",
    addressLine2: "2nd floor",
    city: "Grenoble",
    postcode: "38000",
    capacity: 10,
    facilities: {},
    parkingInfo: null,
    isActive: false,
  });

export function applicationFixture(
  overrides: Partial<ApplicationCard_InstructorApplicationFragment> = {},
): Wire<ApplicationCard_InstructorApplicationFragment> {
  return {
    __typename: "InstructorApplication",
    id: "SW5zdHJ1Y3RvckFwcGxpY2F0aW9uOjE=",
    status: "SUBMITTED",
    applicant: {
      __typename: "User",
      id: "VXNlcjo5",
      name: "Ravi Patel",
      email: "ravi@campus.test",
    } as ApplicationCard_InstructorApplicationFragment["applicant"],
    licenseNumber: "CKA-2291-7781",
    licenseState: null,
    licenseExpiry: "2031-01-31",
    insuranceProvider: "Hiscox",
    documents: ["https://cdn.campus.test/applications/ravi/cka-certificate.pdf"],
    submittedAt: "2030-02-26T14:00:00.000Z",
    createdAt: "2030-02-25T09:00:00.000Z",
    reviewedAt: null,
    reviewedBy: null,
    rejectionReason: null,
    ...overrides,
  };
}

export function auditEntryFixture(
  overrides: Partial<AuditLogEntryRows_AuditLogEntryFragment> = {},
): Wire<AuditLogEntryRows_AuditLogEntryFragment> {
  return {
    __typename: "AuditLogEntry",
    id: "QXVkaXRMb2dFbnRyeTox",
    createdAt: "2030-03-02T10:15:00.000Z",
    action: "discount_code.update",
    entityType: "DiscountCode",
    entityId: "0190a1b2-0000-7000-8000-000000000001",
    actor: {
      __typename: "User",
      id: "VXNlcjox",
      name: "Alex Admin",
      email: "admin@campus.test",
    } as AuditLogEntryRows_AuditLogEntryFragment["actor"],
    oldValues: { code: "SPRING25", discountValue: 25, isActive: true },
    newValues: { code: "SPRING25", discountValue: 30, isActive: true },
    ipAddress: "203.0.113.7",
    userAgent: "Mozilla/5.0",
    ...overrides,
  };
}
