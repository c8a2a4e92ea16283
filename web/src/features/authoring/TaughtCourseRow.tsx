import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Badge, type BadgeTone } from "../../components/Badge";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import type { CourseStatus } from "../../gql/graphql";
import { useFormat } from "../../i18n/format";

export const TaughtCourseRow_CourseFragment = graphql(`
  fragment TaughtCourseRow_Course on Course {
    id
    slug
    title
    status
    format
    lessonCount
    studentCount
    isFree
    updatedAt
    price {
      amountCents
      currency
    }
  }
`);

const STATUS_TONES: Record<CourseStatus, BadgeTone> = {
  DRAFT: "warning",
  PUBLISHED: "success",
  PRIVATE: "info",
  ARCHIVED: "neutral",
};

export function CourseStatusBadge({ status }: { status: CourseStatus }) {
  const { t } = useTranslation();
  return <Badge tone={STATUS_TONES[status]}>{t(`authoring.status.${status}`)}</Badge>;
}

export function TaughtCourseRow(props: { course: FragmentType<typeof TaughtCourseRow_CourseFragment> }) {
  const course = useFragment(TaughtCourseRow_CourseFragment, props.course);
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <tr data-course={course.slug}>
      <th scope="row">
        <Link to={`/teaching/courses/${course.id}`}>{course.title}</Link>
        <div className="muted">{t(`enums.format.${course.format}`)}</div>
      </th>
      <td>
        <CourseStatusBadge status={course.status} />
      </td>
      <td>{format.number(course.lessonCount)}</td>
      <td>{format.number(course.studentCount)}</td>
      <td>{course.isFree ? t("catalog.free") : format.money(course.price)}</td>
      <td>{format.date(course.updatedAt)}</td>
    </tr>
  );
}
