import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { FormField } from "../../components/FormField";
import { useFailureText } from "../../components/user-errors";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";
import { useSaveErrors } from "./form-errors";
import { ItemActions } from "./ItemActions";
import { LessonForm } from "./LessonForm";
import { LessonItem } from "./LessonItem";
import { createLessonInput, emptyLessonForm } from "./lesson-form";
import type { ListPosition } from "./ReorderButtons";
import { moveId } from "./reorder";

export const ModuleItem_ModuleFragment = graphql(`
  fragment ModuleItem_Module on CourseModule {
    id
    title
    description
    lessonCount
    totalDurationMinutes
    lessons {
      id
      title
      ...LessonItem_Lesson
    }
  }
`);

const UpdateModuleMutation = graphql(`
  mutation UpdateCourseModule($input: UpdateCourseModuleInput!) {
    updateCourseModule(input: $input) {
      module {
        id
        title
        description
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const DeleteModuleMutation = graphql(`
  mutation DeleteCourseModule($input: DeleteCourseModuleInput!) {
    deleteCourseModule(input: $input) {
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

const CreateLessonMutation = graphql(`
  mutation CreateLesson($input: CreateLessonInput!) {
    createLesson(input: $input) {
      lesson {
        id
      }
      course {
        id
        ...CurriculumEditor_Course
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

const ReorderLessonsMutation = graphql(`
  mutation ReorderLessons($input: ReorderLessonsInput!) {
    reorderLessons(input: $input) {
      course {
        id
        ...CurriculumEditor_Course
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

function RenameModuleForm({
  module,
  onDone,
}: {
  module: { id: string; title: string; description?: string | null };
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const failureText = useFailureText();
  const [title, setTitle] = useState(module.title);
  const [description, setDescription] = useState(module.description ?? "");
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, updateModule] = useMutation(UpdateModuleMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setError(t("authoring.errors.required"));
    const result = await updateModule({
      input: { moduleId: module.id, title: title.trim(), description: description.trim() || null },
    });
    const payload = result.data?.updateCourseModule;
    if (payload?.module) return onDone();
    setError(failureText(payload?.userErrors));
  };

  return (
    <form className="form card" onSubmit={submit} noValidate>
      <FormField label={t("authoring.moduleTitle")} error={error ?? undefined}>
        <input maxLength={200} value={title} onChange={(event) => setTitle(event.target.value)} />
      </FormField>
      <FormField label={t("authoring.moduleDescription")}>
        <textarea rows={2} value={description} onChange={(event) => setDescription(event.target.value)} />
      </FormField>
      <div className="form__actions">
        <button type="button" className="button--secondary" onClick={onDone}>
          {t("common.cancel")}
        </button>
        <button type="submit" disabled={fetching}>
          {t("authoring.saveModule")}
        </button>
      </div>
    </form>
  );
}

/** The module's title (renamed in place), its lessons in order, and a form for the next lesson. */
export function ModuleItem(props: { module: FragmentType<typeof ModuleItem_ModuleFragment> } & ListPosition) {
  const module = useFragment(ModuleItem_ModuleFragment, props.module);
  const { t } = useTranslation();
  const format = useFormat();
  const failureText = useFailureText();
  const saveErrors = useSaveErrors();
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [adding, setAdding] = useState(false);
  const [, deleteModule] = useMutation(DeleteModuleMutation);
  const [, createLesson] = useMutation(CreateLessonMutation);
  const [, reorderLessons] = useMutation(ReorderLessonsMutation);
  const headingId = `module-${module.id}`;
  const lessonIds = module.lessons.map((lesson) => lesson.id);

  const moveLesson = async (index: number, delta: -1 | 1) => {
    const result = await reorderLessons({
      input: { moduleId: module.id, lessonIds: moveId(lessonIds, index, delta) },
    });
    const payload = result.data?.reorderLessons;
    if (payload?.course) return null;
    return failureText(payload?.userErrors);
  };

  return (
    <li className="authoring-module card" aria-labelledby={headingId}>
      <div className="authoring-row">
        <h3 id={headingId} className="authoring-row__title">
          {module.title}
        </h3>
        <span className="muted">
          {t("authoring.lessonCount", { count: module.lessonCount })}
          {module.totalDurationMinutes > 0 ? ` · ${format.duration(module.totalDurationMinutes)}` : null}
        </span>
        <ItemActions
          title={module.title}
          index={props.index}
          count={props.count}
          onMove={props.onMove}
          editing={renaming}
          onToggleEdit={() => setRenaming((open) => !open)}
          onDelete={() => setDeleting(true)}
          rename
        />
      </div>
      {module.description ? <p className="muted">{module.description}</p> : null}
      {renaming ? <RenameModuleForm module={module} onDone={() => setRenaming(false)} /> : null}
      {module.lessons.length > 0 ? (
        <ol className="authoring-lessons" aria-label={t("authoring.lessonsOf", { title: module.title })}>
          {module.lessons.map((lesson, index) => (
            <LessonItem
              key={lesson.id}
              lesson={lesson}
              index={index}
              count={module.lessons.length}
              onMove={(delta) => moveLesson(index, delta)}
            />
          ))}
        </ol>
      ) : (
        <p className="muted">{t("authoring.noLessons")}</p>
      )}
      {adding ? (
        <LessonForm
          defaultValues={emptyLessonForm}
          submitLabel={t("authoring.addLesson")}
          onCancel={() => setAdding(false)}
          onSave={async (values) => {
            const result = await createLesson({ input: createLessonInput(module.id, values) });
            const payload = result.data?.createLesson;
            if (payload?.lesson) {
              setAdding(false);
              return [];
            }
            return saveErrors(payload?.userErrors);
          }}
        />
      ) : (
        <button
          type="button"
          className="button--secondary button--small"
          aria-label={t("authoring.addLessonTo", { title: module.title })}
          onClick={() => setAdding(true)}
        >
          {t("authoring.addLesson")}
        </button>
      )}
      {deleting ? (
        <ConfirmDialog
          title={t("authoring.deleteModuleTitle", { title: module.title })}
          body={t("authoring.deleteModuleBody", { count: module.lessonCount })}
          confirmLabel={t("authoring.deleteModule")}
          busyLabel={t("authoring.deleting")}
          onClose={() => setDeleting(false)}
          onConfirm={async () => {
            const result = await deleteModule({ input: { moduleId: module.id } });
            const payload = result.data?.deleteCourseModule;
            if (payload?.deletedId) return null;
            return failureText(payload?.userErrors);
          }}
        />
      ) : null}
    </li>
  );
}
