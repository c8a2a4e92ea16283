import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useMutation } from "urql";
import { useUserErrorText } from "../../components/user-errors";
import { graphql } from "../../gql/gql";
import type { MoneyValue } from "../../i18n/format";
import { CheckoutDialog, type CheckoutInput } from "../bookings/CheckoutDialog";
import { useDiscountPreview } from "../bookings/discount";

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
      }
      userErrors {
        code
        message
      }
    }
  }
`);

/**
 * Buying a paid course with the offline gateway: the enrollment is granted
 * when the (simulated) payment succeeds, and the learner goes straight to it.
 */
export function PurchaseCourse({
  course,
}: {
  course: { id: string; slug: string; title: string; price: MoneyValue };
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const userErrorText = useUserErrorText();
  const [open, setOpen] = useState(false);
  const [, purchase] = useMutation(PurchaseCourseMutation);
  const previewDiscount = useDiscountPreview({ courseId: course.id });

  const buy = async (input: CheckoutInput): Promise<string | null> => {
    const result = await purchase({
      input: {
        courseId: course.id,
        discountCode: input.discountCode,
        paymentMethodId: input.paymentMethodId,
      },
    });
    const payload = result.data?.purchaseCourse;
    if (payload?.payment?.status === "SUCCEEDED") {
      setOpen(false);
      navigate(`/learning/courses/${course.slug}`);
      return null;
    }
    if (payload?.payment?.status === "FAILED")
      return payload.payment.failureReason ?? t("userErrors.PAYMENT_FAILED");
    if (payload?.paymentAction) return t("course.cardActionNeeded");
    const userError = payload?.userErrors[0];
    return userError ? userErrorText(userError) : t("common.actionError");
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
          previewDiscount={previewDiscount}
          submitLabel={(amount) => t("bookings.buy", { amount })}
          withNotes={false}
        />
      ) : null}
    </>
  );
}
