import { graphql } from "../../gql/gql";

// The list and the mutations select the same fragments, so a saved venue lands in the cache whole
// and the list shows it without asking again (venues.cache.ts).

// Admins see the switched-off venues too, to switch them back on.
export const VenuesPageQuery = graphql(`
  query VenuesPage($after: String) {
    venues(first: 50, after: $after, filter: { includeInactive: true }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        ...VenueCard_Venue
        ...VenueForm_Venue
      }
    }
  }
`);

export const CreateVenueMutation = graphql(`
  mutation CreateVenue($input: CreateVenueInput!) {
    createVenue(input: $input) {
      venue {
        id
        name
        city
        isActive
        ...VenueCard_Venue
        ...VenueForm_Venue
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const UpdateVenueMutation = graphql(`
  mutation UpdateVenue($input: UpdateVenueInput!) {
    updateVenue(input: $input) {
      venue {
        id
        name
        city
        isActive
        ...VenueCard_Venue
        ...VenueForm_Venue
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
