import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { ErrorState, isNotFound, LoadingState } from "../../components/states";
import { graphql } from "../../gql/gql";
import "./authoring.css";
import { QuizQuestions } from "./QuizQuestions";
import { QuizSettings } from "./QuizSettings";

const QuizEditorQuery = graphql(`
  query QuizEditor($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Quiz {
        title
        viewerCanEdit
        course {
          id
          title
        }
        lesson {
          id
          title
        }
        ...QuizSettings_Quiz
        ...QuizQuestions_Quiz
      }
    }
  }
`);

/** One quiz: its settings, then its questions of every type. */
export function QuizEditorPage() {
  const { courseId = "", quizId = "" } = useParams();
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: QuizEditorQuery,
    variables: { id: quizId },
  });

  if (fetching && !data) return <LoadingState />;
  const quiz = data?.node?.__typename === "Quiz" ? data.node : null;
  if ((error && isNotFound(error)) || (data && !quiz))
    return <ErrorState message={t("authoring.quizNotFound")} />;
  if (error || !quiz)
    return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!quiz.viewerCanEdit) return <ErrorState message={t("authoring.cannotEdit")} />;

  return (
    <section className="page authoring" aria-labelledby="quiz-editor-title">
      <nav className="breadcrumb" aria-label={t("authoring.breadcrumb")}>
        <Link to="/teaching/courses">{t("authoring.myCoursesTitle")}</Link> ›{" "}
        <Link to={`/teaching/courses/${quiz.course?.id ?? courseId}`}>{quiz.course?.title}</Link>
      </nav>
      <h1 id="quiz-editor-title">{quiz.title}</h1>
      <p className="muted">
        {quiz.lesson ? t("authoring.forLesson", { title: quiz.lesson.title }) : t("authoring.wholeCourse")}
      </p>
      <section className="section card" aria-labelledby="quiz-settings-title">
        <h2 id="quiz-settings-title">{t("authoring.quizSettings")}</h2>
        <QuizSettings quiz={quiz} />
      </section>
      <section className="section" aria-labelledby="questions-title">
        <h2 id="questions-title">{t("authoring.questions")}</h2>
        <QuizQuestions quiz={quiz} />
      </section>
    </section>
  );
}
