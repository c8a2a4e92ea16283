import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { Badge } from "../../components/Badge";
import { useUserErrorText } from "../../components/user-errors";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";
import { ConfirmDialog } from "./ConfirmDialog";
import { LessonForm } from "./LessonForm";
import { lessonFormValues, updateLessonInput } from "./lesson-form";
import { ReorderButtons } from "./ReorderButtons";

export const LessonItem_LessonFragment = graphql(`
  fragment LessonItem_Lesson on Lesson {
    id
    title
    type
    description
    durationMinutes
    isPreview
    videoUrl
    articleContent
  }
`);

const UpdateLessonMutation = graphql(`
  mutation UpdateLesson($input: UpdateLessonInput!) {
    updateLesson(input: $input) {
      lesson {
        id
        ...LessonItem_Lesson
      }
      course {
        id
        totalDurationMinutes
        modules {
          id
          totalDurationMinutes
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

const DeleteLessonMutation = graphql(`
  mutation DeleteLesson($input: DeleteLessonInput!) {
    deleteLesson(input: $input) {
      deletedId
      course {
        id
        ...CurriculumEditor_Course
        ...TaughtCourseRow_Course
        ...CourseQuizzes_Course
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export function LessonItem(props: {
  lesson: FragmentType<typeof LessonItem_LessonFragment>;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => Promise<string | null>;
}) {
  const lesson = useFragment(LessonItem_LessonFragment, props.lesson);
  const { t } = useTranslation();
  const format = useFormat();
  const userErrorText = useUserErrorText();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [, updateLesson] = useMutation(UpdateLessonMutation);
  const [, deleteLesson] = useMutation(DeleteLessonMutation);

  return (
    <li className="authoring-lesson" aria-label={lesson.title}>
      <div className="authoring-row">
        <span className="authoring-row__title">
          {props.index + 1}. {lesson.title}
        </span>
        <span className="muted">
          {t(`enums.lessonType.${lesson.type}`)}
          {lesson.durationMinutes ? ` · ${format.duration(lesson.durationMinutes)}` : null}
        </span>
        {lesson.isPreview ? <Badge tone="info">{t("authoring.preview")}</Badge> : null}
        <span className="authoring-row__actions">
          <ReorderButtons
            title={lesson.title}
            index={props.index}
            count={props.count}
            onMove={props.onMove}
          />
          <button
            type="button"
            className="button--secondary button--small"
            aria-expanded={editing}
            aria-label={t("authoring.editNamed", { title: lesson.title })}
            onClick={() => setEditing((open) => !open)}
          >
            {t("authoring.edit")}
          </button>
          <button
            type="button"
            className="button--ghost button--small"
            aria-label={t("authoring.deleteNamed", { title: lesson.title })}
            onClick={() => setDeleting(true)}
          >
            {t("authoring.delete")}
          </button>
        </span>
      </div>
      {editing ? (
        <LessonForm
          defaultValues={lessonFormValues(lesson)}
          submitLabel={t("authoring.saveLesson")}
          onCancel={() => setEditing(false)}
          onSave={async (values) => {
            const result = await updateLesson({ input: updateLessonInput(lesson.id, values) });
            const payload = result.data?.updateLesson;
            if (payload?.lesson) {
              setEditing(false);
              return [];
            }
            return (
              payload?.userErrors ?? [{ code: "INVALID", field: null, message: t("common.actionError") }]
            );
          }}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={t("authoring.deleteLessonTitle", { title: lesson.title })}
          body={t("authoring.deleteLessonBody")}
          confirmLabel={t("authoring.deleteLesson")}
          onClose={() => setDeleting(false)}
          onConfirm={async () => {
            const result = await deleteLesson({ input: { lessonId: lesson.id } });
            const payload = result.data?.deleteLesson;
            if (payload?.deletedId) return null;
            return payload?.userErrors[0] ? userErrorText(payload.userErrors[0]) : t("common.actionError");
          }}
        />
      ) : null}
    </li>
  );
}
