import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { PaymentStatus } from "../../gql/graphql";

/** Where a payment stands once nothing is left to pay on it (paid, authorized, or closed). */
export function PaymentOutcome({
  status,
  amount,
  product,
  individualCourseId,
}: {
  status: PaymentStatus;
  /** Formatted. */
  amount: string;
  product: string;
  individualCourseId: string | null;
}) {
  const { t } = useTranslation();
  if (status === "SUCCEEDED" || status === "AUTHORIZED") {
    return (
      <div className="notice notice--success" role="status">
        <p>
          {status === "SUCCEEDED"
            ? t("payments.paid", { amount, product })
            : t("payments.authorized", { amount })}
        </p>
        {individualCourseId ? (
          <Link to={`/individual-courses/${individualCourseId}`}>{t("payments.viewIndividualCourse")}</Link>
        ) : null}
      </div>
    );
  }
  return (
    <p className="notice notice--info" role="status">
      {t("payments.nothingDue", { status: t(`payments.status.${status}`) })}
    </p>
  );
}
