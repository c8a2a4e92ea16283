import { graphql } from "../../../gql/gql";

export const MyAvailabilityQuery = graphql(`
  query MyAvailability {
    myExpertProfile {
      id
      isAvailable
      tutoringSessions {
        id
        title
        isActive
      }
      availabilityWindows {
        id
        dayOfWeek
        startTime
        ...AvailabilityWindowRow_Window
      }
    }
  }
`);

export const AvailabilityPreviewQuery = graphql(`
  query AvailabilityPreview($expertId: ID!, $from: DateTime!, $to: DateTime!) {
    availableSlots(expertId: $expertId, from: $from, to: $to, timeZone: "UTC", first: 100) {
      totalCount
      nodes {
        id
        startsAt
        endsAt
        tutoringSession {
          id
          title
        }
      }
    }
  }
`);

export const SaveAvailabilityWindowMutation = graphql(`
  mutation SaveAvailabilityWindow($input: AvailabilityWindowInput!) {
    saveAvailabilityWindow(input: $input) {
      window {
        id
        dayOfWeek
        startTime
        ...AvailabilityWindowRow_Window
      }
      slotsChanged
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RemoveAvailabilityWindowMutation = graphql(`
  mutation RemoveAvailabilityWindow($input: RemoveAvailabilityWindowInput!) {
    removeAvailabilityWindow(input: $input) {
      slotsChanged
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const CreateExpertProfileMutation = graphql(`
  mutation CreateExpertProfile($input: ExpertProfileInput!) {
    createExpertProfile(input: $input) {
      expert {
        id
        isAvailable
        tutoringSessions {
          id
          title
          isActive
        }
        availabilityWindows {
          id
          dayOfWeek
          startTime
          ...AvailabilityWindowRow_Window
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
