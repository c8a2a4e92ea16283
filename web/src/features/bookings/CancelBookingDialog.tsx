import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { Dialog } from "../../components/Dialog";
import { FormField } from "../../components/FormField";
import { useFailureText } from "../../components/user-errors";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";

const CancelBookingMutation = graphql(`
  mutation CancelBooking($input: CancelBookingInput!) {
    cancelBooking(input: $input) {
      booking {
        id
        ...BookingCard_Booking
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

type Policy = { refundableUntil: string; refundPercentBefore: number; refundPercentAfter: number };

export function CancelBookingDialog({
  booking,
  onClose,
}: {
  booking: { id: string; title: string; reference: string; policy: Policy };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const failureText = useFailureText();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, cancel] = useMutation(CancelBookingMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(t("common.required"));
      return;
    }
    const result = await cancel({ input: { bookingId: booking.id, reason: reason.trim() } });
    const payload = result.data?.cancelBooking;
    if (payload?.booking) return onClose();
    setError(failureText(payload?.userErrors));
  };

  return (
    <Dialog title={t("bookings.cancelTitle", { title: booking.title })} open onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <p>
          {t("bookings.cancelPolicy", {
            until: format.dateTime(booking.policy.refundableUntil),
            before: booking.policy.refundPercentBefore,
            after: booking.policy.refundPercentAfter,
          })}
        </p>
        <FormField label={t("bookings.cancelReason")} error={error ?? undefined}>
          <textarea
            value={reason}
            rows={3}
            required
            maxLength={1000}
            onChange={(e) => setReason(e.target.value)}
          />
        </FormField>
        <div className="form__actions">
          <button type="button" className="button--secondary" onClick={onClose}>
            {t("common.back")}
          </button>
          <button type="submit" className="button--danger" disabled={fetching}>
            {fetching ? t("bookings.cancelling") : t("bookings.cancelConfirm")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
