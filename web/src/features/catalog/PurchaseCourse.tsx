import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useMutation } from "urql";
import { useFailureText } from "../../components/user-errors";
import { graphql } from "../../gql/gql";
import type { MoneyValue } from "../../i18n/format";
import { CheckoutDialog, type CheckoutInput, type CheckoutOutcome } from "../bookings/CheckoutDialog";
import { useDiscountPreview } from "../bookings/discount";
import { paymentDueOf } from "../payments/card-method";

const PurchaseCourseMutation = graphql(`
  mutation PurchaseCourse($input: PurchaseCourseInput!) {
    purchaseCourse(input: $input) {
      payment {
        id
        status
        failureReason
        course {
          id
          viewerIsEnrolled
          viewerCanEnroll
          studentCount
        }
      }
      paymentAction {
        provider
        clientSecret
        payment {
          id
          amount {
            amountCents
            currency
          }
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);

/**
 * Buying a paid course: the enrollment is granted when the payment succeeds
 * (at once with a test card, or after the card step with Stripe Elements),
 * and the learner goes straight to it.
 */
export function PurchaseCourse({
  course,
}: {
  course: { id: string; slug: string; title: string; price: MoneyValue };
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const failureText = useFailureText();
  const [open, setOpen] = useState(false);
  const [, purchase] = useMutation(PurchaseCourseMutation);
  const previewDiscount = useDiscountPreview({ courseId: course.id });

  const enrolled = () => {
    setOpen(false);
    navigate(`/learning/courses/${course.slug}`);
  };

  const buy = async (input: CheckoutInput): Promise<CheckoutOutcome> => {
    const result = await purchase({
      input: {
        courseId: course.id,
        discountCode: input.discountCode,
        paymentMethodId: input.paymentMethodId,
      },
    });
    const payload = result.data?.purchaseCourse;
    if (payload?.payment?.status === "SUCCEEDED") {
      enrolled();
      return null;
    }
    if (payload?.payment?.status === "FAILED")
      return payload.payment.failureReason ?? t("userErrors.PAYMENT_FAILED");
    if (payload?.paymentAction) return { paymentDue: paymentDueOf(payload.paymentAction) };
    return failureText(payload?.userErrors);
  };

  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t("course.buy")}
      </button>
      {open ? (
        <CheckoutDialog
          open
          summary={course.title}
          price={course.price}
          onClose={() => setOpen(false)}
          onSubmit={buy}
          onPaid={enrolled}
          previewDiscount={previewDiscount}
          submitLabel={(amount) => t("bookings.buy", { amount })}
          withNotes={false}
        />
      ) : null}
    </>
  );
}
