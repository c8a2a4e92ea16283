import { useQuery } from "urql";
import type { MoneyValue } from "../../i18n/format";
import { PaymentSettingsQuery } from "./payments.graphql";

/**
 * How the checkout takes the card:
 * - `elements`: Stripe Elements, after the checkout created the payment (Stripe with a publishable key);
 * - `testCard`: a test payment method id sent with the checkout itself (the offline gateway's simulated
 *   cards, or Stripe test mode when no publishable key is configured);
 * - `loading`: not known yet.
 */
export type CardMethod =
  | { kind: "loading" }
  | { kind: "elements"; publishableKey: string }
  | { kind: "testCard"; simulated: boolean };

/** A card payment the checkout created and the customer must still confirm (the API's PaymentAction). */
export type PaymentDue = { paymentId: string; clientSecret: string; provider: string; amount: MoneyValue };

/** The payment due of a checkout's answer (`paymentAction { provider clientSecret payment { id amount } }`). */
export const paymentDueOf = (action: {
  provider: string;
  clientSecret: string;
  payment: { id: string; amount: MoneyValue };
}): PaymentDue => ({
  paymentId: action.payment.id,
  clientSecret: action.clientSecret,
  provider: action.provider,
  amount: action.payment.amount,
});

/** What a confirmed card payment led to, for the caller to move on (a booking's reference, if any). */
export type PaidResult = { bookingReference: string | null };

/**
 * The card method from `paymentSettings`. `canContinueAfterCard` is false for a
 * checkout that cannot take a payment still due (it has no way to finish after
 * the card step): it keeps sending a test card, as before Elements existed.
 */
export function useCardMethod(canContinueAfterCard: boolean): CardMethod {
  const [{ data, error }] = useQuery({ query: PaymentSettingsQuery });
  const settings = data?.paymentSettings;
  if (!settings) return error ? { kind: "testCard", simulated: true } : { kind: "loading" };
  if (settings.provider === "STRIPE" && settings.publishableKey && canContinueAfterCard)
    return { kind: "elements", publishableKey: settings.publishableKey };
  return { kind: "testCard", simulated: settings.provider !== "STRIPE" };
}

/** Whether this payment can be confirmed in the browser with Stripe Elements. */
export const confirmsWithElements = (method: CardMethod, due: PaymentDue): boolean =>
  method.kind === "elements" && due.provider === "STRIPE";
