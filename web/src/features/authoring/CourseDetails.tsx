import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { CourseForm } from "./CourseForm";
import { courseFormValues, updateCourseInput } from "./course-form";
import { useSaveErrors } from "./form-errors";

export const CourseDetails_CourseFragment = graphql(`
  fragment CourseDetails_Course on Course {
    id
    title
    subtitle
    description
    longDescription
    category
    subcategory
    level
    format
    language
    tags
    hasCertificate
    certificationValidityYears
    discussionEnabled
    durationText
    maxCapacity
    thumbnailUrl
    previewVideoUrl
    targetAudience
    learningOutcomes
    prerequisites
    isFree
    price {
      amountCents
      currency
    }
  }
`);

const UpdateCourseMutation = graphql(`
  mutation UpdateCourse($input: UpdateCourseInput!) {
    updateCourse(input: $input) {
      course {
        id
        ...CourseDetails_Course
        ...TaughtCourseRow_Course
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** The course's own fields; saving answers in place, the list of courses follows through the cache. */
export function CourseDetails(props: { course: FragmentType<typeof CourseDetails_CourseFragment> }) {
  const course = useFragment(CourseDetails_CourseFragment, props.course);
  const { t } = useTranslation();
  const saveErrors = useSaveErrors();
  const [, updateCourse] = useMutation(UpdateCourseMutation);

  return (
    <CourseForm
      key={course.id}
      defaultValues={courseFormValues(course)}
      submitLabel={t("authoring.saveCourse")}
      onSave={async (values) => {
        const result = await updateCourse({ input: updateCourseInput(course.id, values) });
        const payload = result.data?.updateCourse;
        if (payload?.course) return [];
        return saveErrors(payload?.userErrors);
      }}
    />
  );
}
