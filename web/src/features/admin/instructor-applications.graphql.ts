import { graphql } from "../../gql/gql";

export const InstructorApplicationsPageQuery = graphql(`
  query InstructorApplicationsPage($after: String, $filter: InstructorApplicationFilter) {
    instructorApplications(first: 20, after: $after, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        status
        applicant {
          id
          name
        }
        ...ApplicationCard_InstructorApplication
      }
    }
  }
`);

// Decisions select what the card shows, so the decided application changes in place.
export const ApproveInstructorApplicationMutation = graphql(`
  mutation ApproveInstructorApplication($input: ApproveInstructorApplicationInput!) {
    approveInstructorApplication(input: $input) {
      application {
        id
        status
        ...ApplicationCard_InstructorApplication
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RejectInstructorApplicationMutation = graphql(`
  mutation RejectInstructorApplication($input: RejectInstructorApplicationInput!) {
    rejectInstructorApplication(input: $input) {
      application {
        id
        status
        ...ApplicationCard_InstructorApplication
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
