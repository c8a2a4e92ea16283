import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useMutation } from "urql";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { FormField } from "../../components/FormField";
import { useFailureText } from "../../components/user-errors";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";

export const CourseQuizzes_CourseFragment = graphql(`
  fragment CourseQuizzes_Course on Course {
    id
    quizzes {
      id
      title
      quizType
      questionCount
      totalPoints
      lesson {
        id
        title
      }
      # Read by the deleteQuiz cache update, to take the quiz out of this list.
      course {
        id
      }
    }
    modules {
      id
      title
      lessons {
        id
        title
      }
    }
  }
`);

const CreateQuizMutation = graphql(`
  mutation CreateQuiz($input: CreateQuizInput!) {
    createQuiz(input: $input) {
      quiz {
        id
        title
        quizType
        questionCount
        totalPoints
        lesson {
          id
          title
        }
        course {
          id
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

const DeleteQuizMutation = graphql(`
  mutation DeleteQuiz($input: QuizIdInput!) {
    deleteQuiz(input: $input) {
      deletedId
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** The course's quizzes (a lesson's, or an exam of the whole course) and a form to start one. */
export function CourseQuizzes(props: { course: FragmentType<typeof CourseQuizzes_CourseFragment> }) {
  const course = useFragment(CourseQuizzes_CourseFragment, props.course);
  const { t } = useTranslation();
  const navigate = useNavigate();
  const failureText = useFailureText();
  const [title, setTitle] = useState("");
  const [lessonId, setLessonId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<{ id: string; title: string } | null>(null);
  const [createState, createQuiz] = useMutation(CreateQuizMutation);
  const [, deleteQuiz] = useMutation(DeleteQuizMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!title.trim()) return setError(t("authoring.errors.required"));
    const result = await createQuiz({
      input: { courseId: course.id, title: title.trim(), lessonId: lessonId || null },
    });
    const payload = result.data?.createQuiz;
    if (payload?.quiz) return navigate(`/teaching/courses/${course.id}/quizzes/${payload.quiz.id}`);
    setError(failureText(payload?.userErrors));
  };

  return (
    <div>
      {course.quizzes.length > 0 ? (
        <ul className="list">
          {course.quizzes.map((quiz) => (
            <li key={quiz.id} className="list__item authoring-row">
              <Link className="authoring-row__title" to={`/teaching/courses/${course.id}/quizzes/${quiz.id}`}>
                {quiz.title}
              </Link>
              <span className="muted">
                {t(`authoring.quizType.${quiz.quizType}`)} ·{" "}
                {quiz.lesson
                  ? t("authoring.forLesson", { title: quiz.lesson.title })
                  : t("authoring.wholeCourse")}{" "}
                · {t("authoring.questionCount", { count: quiz.questionCount })}
              </span>
              <span className="authoring-row__actions">
                <button
                  type="button"
                  className="button--ghost button--small"
                  aria-label={t("authoring.deleteNamed", { title: quiz.title })}
                  onClick={() => setDeleting(quiz)}
                >
                  {t("authoring.delete")}
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="notice notice--empty">{t("authoring.noQuizzes")}</p>
      )}
      <form className="form" onSubmit={submit} noValidate>
        <div className="form__row">
          <FormField label={t("authoring.newQuizTitle")} error={error ?? undefined}>
            <input maxLength={200} value={title} onChange={(event) => setTitle(event.target.value)} />
          </FormField>
          <FormField label={t("authoring.quizLesson")}>
            <select value={lessonId} onChange={(event) => setLessonId(event.target.value)}>
              <option value="">{t("authoring.wholeCourse")}</option>
              {course.modules.map((module) => (
                <optgroup key={module.id} label={module.title}>
                  {module.lessons.map((lesson) => (
                    <option key={lesson.id} value={lesson.id}>
                      {lesson.title}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </FormField>
        </div>
        <div className="form__actions">
          <button type="submit" disabled={createState.fetching}>
            {t("authoring.addQuiz")}
          </button>
        </div>
      </form>
      {deleting ? (
        <ConfirmDialog
          title={t("authoring.deleteQuizTitle", { title: deleting.title })}
          body={t("authoring.deleteQuizBody")}
          confirmLabel={t("authoring.deleteQuiz")}
          busyLabel={t("authoring.deleting")}
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            const result = await deleteQuiz({ input: { quizId: deleting.id } });
            const payload = result.data?.deleteQuiz;
            if (payload?.deletedId) return null;
            return failureText(payload?.userErrors);
          }}
        />
      ) : null}
    </div>
  );
}
