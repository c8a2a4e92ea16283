import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMutation } from "urql";
import { useUserErrorText } from "../../components/user-errors";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";
import type { ShownUserError } from "./CourseForm";
import { inputFieldOf } from "./form-errors";
import { CourseStatusBadge } from "./TaughtCourseRow";

export const CoursePublication_CourseFragment = graphql(`
  fragment CoursePublication_Course on Course {
    id
    slug
    status
    publishedAt
  }
`);

const PublishCourseMutation = graphql(`
  mutation PublishCourse($input: CourseIdInput!) {
    publishCourse(input: $input) {
      course {
        id
        ...CoursePublication_Course
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

const UnpublishCourseMutation = graphql(`
  mutation UnpublishCourse($input: CourseIdInput!) {
    unpublishCourse(input: $input) {
      course {
        id
        ...CoursePublication_Course
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

const ArchiveCourseMutation = graphql(`
  mutation ArchiveCourse($input: CourseIdInput!) {
    archiveCourse(input: $input) {
      course {
        id
        ...CoursePublication_Course
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

// The API explains what publishing still needs in English; French readers get it by field.
const PUBLISH_NEEDS = {
  title: "authoring.publishNeeds.title",
  description: "authoring.publishNeeds.description",
  category: "authoring.publishNeeds.category",
  courseId: "authoring.publishNeeds.lesson",
} as const;

function usePublicationErrorText() {
  const { t, i18n } = useTranslation();
  const userErrorText = useUserErrorText();
  return (error: ShownUserError) => {
    const field = inputFieldOf(error.field);
    if (i18n.resolvedLanguage === "en" || !field || !(field in PUBLISH_NEEDS)) return userErrorText(error);
    return t(PUBLISH_NEEDS[field as keyof typeof PUBLISH_NEEDS]);
  };
}

type Change = "publish" | "unpublish" | "archive";

/** Where the course stands (draft, in the catalog, archived) and the moves from there. */
export function CoursePublication(props: { course: FragmentType<typeof CoursePublication_CourseFragment> }) {
  const course = useFragment(CoursePublication_CourseFragment, props.course);
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = usePublicationErrorText();
  const [publishState, publish] = useMutation(PublishCourseMutation);
  const [unpublishState, unpublish] = useMutation(UnpublishCourseMutation);
  const [archiveState, archive] = useMutation(ArchiveCourseMutation);
  const [errors, setErrors] = useState<{ change: Change; messages: string[] } | null>(null);
  const [done, setDone] = useState<Change | null>(null);
  const busy = publishState.fetching || unpublishState.fetching || archiveState.fetching;

  const run = async (change: Change) => {
    setErrors(null);
    setDone(null);
    const input = { courseId: course.id };
    const result =
      change === "publish"
        ? (await publish({ input })).data?.publishCourse
        : change === "unpublish"
          ? (await unpublish({ input })).data?.unpublishCourse
          : (await archive({ input })).data?.archiveCourse;
    if (result?.course) setDone(change);
    else setErrors({ change, messages: result?.userErrors.map(errorText) ?? [t("common.actionError")] });
  };

  return (
    <div className="publication">
      <p>
        {t("authoring.statusLabel")} <CourseStatusBadge status={course.status} />
        {course.publishedAt ? (
          <span className="muted">
            {" "}
            {t("authoring.firstPublished", { date: format.date(course.publishedAt) })}
          </span>
        ) : null}
      </p>
      {course.status === "PUBLISHED" ? (
        <p>
          <Link to={`/courses/${course.slug}`}>{t("authoring.viewInCatalog")}</Link>
        </p>
      ) : null}
      {errors ? (
        <div className="notice notice--error" role="alert">
          <p>{t(`authoring.cannot.${errors.change}`)}</p>
          <ul>
            {errors.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {done ? (
        <p className="notice notice--success" role="status">
          {t(`authoring.changed.${done}`)}
        </p>
      ) : null}
      <div className="form__actions">
        {course.status !== "PUBLISHED" ? (
          <button type="button" disabled={busy} onClick={() => void run("publish")}>
            {t("authoring.publish")}
          </button>
        ) : null}
        {course.status !== "DRAFT" ? (
          <button
            type="button"
            className="button--secondary"
            disabled={busy}
            onClick={() => void run("unpublish")}
          >
            {t("authoring.unpublish")}
          </button>
        ) : null}
        {course.status !== "ARCHIVED" ? (
          <button
            type="button"
            className="button--secondary"
            disabled={busy}
            onClick={() => void run("archive")}
          >
            {t("authoring.archive")}
          </button>
        ) : null}
      </div>
    </div>
  );
}
