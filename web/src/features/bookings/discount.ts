import { useCallback } from "react";
import { useClient } from "urql";
import { graphql } from "../../gql/gql";
import type { ValidateDiscountCodeInput } from "../../gql/graphql";
import type { MoneyValue } from "../../i18n/format";

const ValidateDiscountCodeQuery = graphql(`
  query ValidateDiscountCode($input: ValidateDiscountCodeInput!) {
    validateDiscountCode(input: $input) {
      valid
      code
      discount {
        amountCents
        currency
      }
      finalPrice {
        amountCents
        currency
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export type DiscountPreview =
  | { valid: true; discount: MoneyValue; finalPrice: MoneyValue }
  | { valid: false; message: string | null };

/** What a discount code would take off this purchase, as the API computes it (nothing is redeemed). */
export function useDiscountPreview(target: Omit<ValidateDiscountCodeInput, "code">) {
  const client = useClient();
  const { courseId, slotId, scheduleId } = target;
  return useCallback(
    async (code: string): Promise<DiscountPreview> => {
      const result = await client
        .query(
          ValidateDiscountCodeQuery,
          { input: { code, courseId, slotId, scheduleId } },
          { requestPolicy: "network-only" },
        )
        .toPromise();
      const preview = result.data?.validateDiscountCode;
      if (preview?.valid) return { valid: true, discount: preview.discount, finalPrice: preview.finalPrice };
      return { valid: false, message: preview?.userErrors[0]?.message ?? null };
    },
    [client, courseId, slotId, scheduleId],
  );
}
