import { graphql } from "../../gql/gql";

// Every change to one of the viewer's bookings (theirs, or made with them as an expert).
export const BookingUpdatedSubscription = graphql(`
  subscription BookingUpdated {
    bookingUpdated {
      id
      ...BookingCard_Booking
    }
  }
`);
