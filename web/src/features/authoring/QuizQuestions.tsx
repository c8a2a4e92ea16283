import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { useFailureText } from "../../components/user-errors";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { useSaveErrors } from "./form-errors";
import { QuestionEditor } from "./QuestionEditor";
import { QuizQuestionItem } from "./QuizQuestionItem";
import { emptyQuestionDraft, questionInput } from "./question-draft";
import { moveId } from "./reorder";

export const QuizQuestions_QuizFragment = graphql(`
  fragment QuizQuestions_Quiz on Quiz {
    id
    questionCount
    totalPoints
    questions {
      id
      ...QuizQuestionItem_Question
    }
  }
`);

const AddQuestionMutation = graphql(`
  mutation AddQuizQuestion($input: AddQuizQuestionInput!) {
    addQuizQuestion(input: $input) {
      question {
        id
      }
      quiz {
        id
        ...QuizQuestions_Quiz
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const ReorderQuestionsMutation = graphql(`
  mutation ReorderQuizQuestions($input: ReorderQuizQuestionsInput!) {
    reorderQuizQuestions(input: $input) {
      quiz {
        id
        ...QuizQuestions_Quiz
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** The quiz's questions in order, each editable in place, and an editor for the next one. */
export function QuizQuestions(props: { quiz: FragmentType<typeof QuizQuestions_QuizFragment> }) {
  const quiz = useFragment(QuizQuestions_QuizFragment, props.quiz);
  const { t } = useTranslation();
  const saveErrors = useSaveErrors();
  const failureText = useFailureText();
  const [, addQuestion] = useMutation(AddQuestionMutation);
  const [, reorderQuestions] = useMutation(ReorderQuestionsMutation);
  // A new editor (fresh, empty) after each question added.
  const [added, setAdded] = useState(0);
  const questions = quiz.questions ?? [];
  const questionIds = questions.map((question) => question.id);

  const move = async (index: number, delta: -1 | 1) => {
    const result = await reorderQuestions({
      input: { quizId: quiz.id, questionIds: moveId(questionIds, index, delta) },
    });
    const payload = result.data?.reorderQuizQuestions;
    if (payload?.quiz) return null;
    return failureText(payload?.userErrors);
  };

  return (
    <>
      <p className="muted">
        {t("authoring.questionCount", { count: quiz.questionCount })} ·{" "}
        {t("authoring.pointCount", { count: quiz.totalPoints })}
      </p>
      {questions.length > 0 ? (
        <ol className="list" aria-label={t("authoring.questions")}>
          {questions.map((question, index) => (
            <QuizQuestionItem
              key={question.id}
              question={question}
              index={index}
              count={questions.length}
              onMove={(delta) => move(index, delta)}
            />
          ))}
        </ol>
      ) : (
        <p className="notice notice--empty">{t("authoring.noQuestions")}</p>
      )}
      <section className="section card" aria-labelledby="new-question-title">
        <h3 id="new-question-title">{t("authoring.newQuestion")}</h3>
        <QuestionEditor
          key={added}
          initial={emptyQuestionDraft()}
          submitLabel={t("authoring.addQuestion")}
          onSave={async (draft) => {
            const result = await addQuestion({ input: { quizId: quiz.id, ...questionInput(draft) } });
            const payload = result.data?.addQuizQuestion;
            if (payload?.question) {
              setAdded((count) => count + 1);
              return [];
            }
            return saveErrors(payload?.userErrors);
          }}
        />
      </section>
    </>
  );
}
