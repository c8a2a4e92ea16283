import type { BadgeTone } from "../../components/Badge";
import type { QuoteStatus } from "../../gql/graphql";

export const QUOTE_TONES: Record<QuoteStatus, BadgeTone> = {
  DRAFT: "neutral",
  SENT: "info",
  VIEWED: "warning",
  ACCEPTED: "success",
  REJECTED: "danger",
  EXPIRED: "neutral",
  REVISED: "neutral",
};
