import { graphql } from "../../gql/gql";

// What changes when a lesson or a quiz is done: the cache updates every page showing it.
export const EnrollmentProgress_EnrollmentFragment = graphql(`
  fragment EnrollmentProgress_Enrollment on Enrollment {
    id
    status
    progressPercentage
    completedLessons
    totalLessons
    completedAt
    lastLesson {
      id
      title
    }
    certificate {
      id
      verificationCode
    }
  }
`);
