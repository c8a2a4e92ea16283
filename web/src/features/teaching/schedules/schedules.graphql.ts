import { graphql } from "../../../gql/gql";

/** What the form offers: the viewer's in-person courses (every one for admins) and the venues. */
export const ScheduleFormOptionsQuery = graphql(`
  query ScheduleFormOptions($isAdmin: Boolean!) {
    viewer {
      id
      taughtCourses(first: 100) {
        nodes {
          id
          title
          format
          status
          maxCapacity
        }
      }
    }
    inPersonCourses: courses(first: 100, filter: { format: [IN_PERSON] }) @include(if: $isAdmin) {
      nodes {
        id
        title
        format
        status
        maxCapacity
      }
    }
    venues(first: 100) {
      nodes {
        id
        name
        city
        capacity
        timezone
      }
    }
  }
`);

export const TeachingSchedulesQuery = graphql(`
  query TeachingSchedules($after: String) {
    courseSchedules(first: 50, after: $after, filter: { managedByViewer: true }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        viewerCanManage
        ...ScheduleRow_CourseSchedule
      }
    }
  }
`);

export const CreateCourseScheduleMutation = graphql(`
  mutation CreateCourseSchedule($input: CreateCourseScheduleInput!) {
    createCourseSchedule(input: $input) {
      schedule {
        id
        status
        ...ScheduleRow_CourseSchedule
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const PublishCourseScheduleMutation = graphql(`
  mutation PublishCourseSchedule($input: PublishCourseScheduleInput!) {
    publishCourseSchedule(input: $input) {
      schedule {
        id
        ...ScheduleRow_CourseSchedule
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const CancelCourseScheduleMutation = graphql(`
  mutation CancelCourseSchedule($input: CancelCourseScheduleInput!) {
    cancelCourseSchedule(input: $input) {
      schedule {
        id
        ...ScheduleRow_CourseSchedule
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
