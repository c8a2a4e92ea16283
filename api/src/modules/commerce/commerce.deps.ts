import type { CampusPrisma } from "../../db/client.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import type { Logger } from "../../logger.js";
import { type PaymentGateway, PaymentGatewayError } from "../../payments/gateway.js";
import type { CampusPubSub } from "../../realtime/pubsub.js";

/** When a tutoring authorization is captured: when the expert confirms, or when the session is recorded as held. */
export type CaptureOn = "CONFIRMATION" | "COMPLETION";

/** What the commerce services share. */
export interface CommerceDeps {
  prisma: CampusPrisma;
  pubsub: CampusPubSub;
  gateway: PaymentGateway;
  captureOn: CaptureOn;
  logger: Logger;
}

/**
 * Runs a provider call made for a mutation. A declined card or an unreachable
 * provider is an expected failure: a PAYMENT_FAILED userError, and the
 * surrounding transaction rolls back so nothing changes on our side either.
 */
export async function gatewayCall<T>(work: () => Promise<T>, field?: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof PaymentGatewayError)) throw error;
    const message =
      error.kind === "connection" || error.kind === "api"
        ? "The payment provider is unavailable. Try again in a moment."
        : `The payment provider refused: ${error.message}`;
    throw new UserErrorsException([userError(UserErrorCode.PAYMENT_FAILED, message, field)]);
  }
}
