import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { FormField } from "../../components/FormField";
import { useFailureText } from "../../components/user-errors";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";
import { ModuleItem } from "./ModuleItem";
import { moveId } from "./reorder";

export const CurriculumEditor_CourseFragment = graphql(`
  fragment CurriculumEditor_Course on Course {
    id
    lessonCount
    totalDurationMinutes
    modules {
      id
      title
      ...ModuleItem_Module
    }
  }
`);

const CreateModuleMutation = graphql(`
  mutation CreateCourseModule($input: CreateCourseModuleInput!) {
    createCourseModule(input: $input) {
      module {
        id
      }
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

const ReorderModulesMutation = graphql(`
  mutation ReorderCourseModules($input: ReorderCourseModulesInput!) {
    reorderCourseModules(input: $input) {
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

/** The course's modules and lessons, in the order students meet them. */
export function CurriculumEditor(props: { course: FragmentType<typeof CurriculumEditor_CourseFragment> }) {
  const course = useFragment(CurriculumEditor_CourseFragment, props.course);
  const { t } = useTranslation();
  const format = useFormat();
  const failureText = useFailureText();
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [createState, createModule] = useMutation(CreateModuleMutation);
  const [, reorderModules] = useMutation(ReorderModulesMutation);
  const moduleIds = course.modules.map((module) => module.id);

  const addModule = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!title.trim()) return setError(t("authoring.errors.required"));
    const result = await createModule({ input: { courseId: course.id, title: title.trim() } });
    const payload = result.data?.createCourseModule;
    if (payload?.module) return setTitle("");
    setError(failureText(payload?.userErrors));
  };

  const moveModule = async (index: number, delta: -1 | 1) => {
    const result = await reorderModules({
      input: { courseId: course.id, moduleIds: moveId(moduleIds, index, delta) },
    });
    const payload = result.data?.reorderCourseModules;
    if (payload?.course) return null;
    return failureText(payload?.userErrors);
  };

  return (
    <div className="authoring-curriculum">
      <p className="muted">
        {t("authoring.curriculumSummary", {
          modules: t("authoring.moduleCount", { count: course.modules.length }),
          lessons: t("authoring.lessonCount", { count: course.lessonCount }),
          duration: format.duration(course.totalDurationMinutes),
        })}
      </p>
      {course.modules.length > 0 ? (
        <ol className="list" aria-label={t("authoring.modules")}>
          {course.modules.map((module, index) => (
            <ModuleItem
              key={module.id}
              module={module}
              index={index}
              count={course.modules.length}
              onMove={(delta) => moveModule(index, delta)}
            />
          ))}
        </ol>
      ) : (
        <p className="notice notice--empty">{t("authoring.noModules")}</p>
      )}
      <form className="inline-form" onSubmit={addModule} noValidate>
        <FormField label={t("authoring.newModuleTitle")} error={error ?? undefined}>
          <input maxLength={200} value={title} onChange={(event) => setTitle(event.target.value)} />
        </FormField>
        <button type="submit" disabled={createState.fetching}>
          {t("authoring.addModule")}
        </button>
      </form>
    </div>
  );
}
