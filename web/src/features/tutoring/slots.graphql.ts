import { graphql } from "../../gql/gql";

export const AvailableSlotsQuery = graphql(`
  query AvailableSlots($tutoringSessionId: ID!, $from: DateTime!, $to: DateTime!, $timeZone: TimeZone!) {
    availableSlots(tutoringSessionId: $tutoringSessionId, from: $from, to: $to, timeZone: $timeZone, first: 100) {
      totalCount
      nodes {
        id
        startsAt
        endsAt
        status
        seatsLeft
        capacity
      }
    }
  }
`);

export const SlotAvailabilityChangedSubscription = graphql(`
  subscription SlotAvailabilityChanged($tutoringSessionId: ID!) {
    slotAvailabilityChanged(tutoringSessionId: $tutoringSessionId) {
      reason
      slot {
        id
        startsAt
        endsAt
        status
        seatsLeft
        capacity
      }
    }
  }
`);

export const BookSlotMutation = graphql(`
  mutation BookSlot($input: BookSlotInput!) {
    bookSlot(input: $input) {
      booking {
        id
        reference
        status
        paymentStatus
        slot {
          id
          status
          seatsLeft
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
        field
        message
      }
    }
  }
`);
