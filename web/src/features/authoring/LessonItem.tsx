import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { Badge } from "../../components/Badge";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { useFailureText } from "../../components/user-errors";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";
import { useSaveErrors } from "./form-errors";
import { ItemActions } from "./ItemActions";
import { LessonForm } from "./LessonForm";
import { lessonFormValues, updateLessonInput } from "./lesson-form";
import type { ListPosition } from "./ReorderButtons";

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

export function LessonItem(props: { lesson: FragmentType<typeof LessonItem_LessonFragment> } & ListPosition) {
  const lesson = useFragment(LessonItem_LessonFragment, props.lesson);
  const { t } = useTranslation();
  const format = useFormat();
  const failureText = useFailureText();
  const saveErrors = useSaveErrors();
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
        <ItemActions
          title={lesson.title}
          index={props.index}
          count={props.count}
          onMove={props.onMove}
          editing={editing}
          onToggleEdit={() => setEditing((open) => !open)}
          onDelete={() => setDeleting(true)}
        />
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
            return saveErrors(payload?.userErrors);
          }}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={t("authoring.deleteLessonTitle", { title: lesson.title })}
          body={t("authoring.deleteLessonBody")}
          confirmLabel={t("authoring.deleteLesson")}
          busyLabel={t("authoring.deleting")}
          onClose={() => setDeleting(false)}
          onConfirm={async () => {
            const result = await deleteLesson({ input: { lessonId: lesson.id } });
            const payload = result.data?.deleteLesson;
            if (payload?.deletedId) return null;
            return failureText(payload?.userErrors);
          }}
        />
      ) : null}
    </li>
  );
}
