import { graphql } from "../../gql/gql";

// Fixed for the API process: the cache keeps it for the whole visit.
export const PaymentSettingsQuery = graphql(`
  query PaymentSettings {
    paymentSettings {
      provider
      publishableKey
    }
  }
`);

// After Stripe.js confirmed the card: the API reads the intent's state and applies it now
// (grants the course, authorizes the booking) instead of waiting for the webhook.
export const ConfirmCardPaymentMutation = graphql(`
  mutation ConfirmCardPayment($input: ConfirmPaymentInput!) {
    confirmPayment(input: $input) {
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
      booking {
        id
        reference
        status
        paymentStatus
      }
      userErrors {
        code
        message
      }
    }
  }
`);
