import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { Icon } from "../../components/Icon";
import { useFailureText } from "../../components/user-errors";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import type { QuizQuestionItem_QuestionFragment as QuestionData } from "../../gql/graphql";
import { useSaveErrors } from "./form-errors";
import { ItemActions } from "./ItemActions";
import { QuestionEditor } from "./QuestionEditor";
import { questionDraft, questionInput } from "./question-draft";
import type { ListPosition } from "./ReorderButtons";

export const QuizQuestionItem_QuestionFragment = graphql(`
  fragment QuizQuestionItem_Question on QuizQuestion {
    id
    questionType
    questionText
    points
    hint
    explanation
    options {
      id
      text
      isCorrect
    }
    acceptedAnswers
    programmingLanguage
    codeTemplate
    testCases {
      input
      expectedOutput
    }
  }
`);

const UpdateQuestionMutation = graphql(`
  mutation UpdateQuizQuestion($input: UpdateQuizQuestionInput!) {
    updateQuizQuestion(input: $input) {
      question {
        id
        ...QuizQuestionItem_Question
      }
      quiz {
        id
        totalPoints
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const DeleteQuestionMutation = graphql(`
  mutation DeleteQuizQuestion($input: DeleteQuizQuestionInput!) {
    deleteQuizQuestion(input: $input) {
      deletedId
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

/** What the question asks and its right answer at a glance, so the list reads as a review. */
function Answer({ question }: { question: QuestionData }) {
  const { t } = useTranslation();
  switch (question.questionType) {
    case "MULTIPLE_CHOICE":
    case "TRUE_FALSE":
      return (
        <ul className="answer-list">
          {question.options.map((option) => (
            <li key={option.id} className={option.isCorrect ? "answer-list__correct" : undefined}>
              {option.isCorrect ? <Icon name="check" size={16} /> : null}
              {question.questionType === "TRUE_FALSE"
                ? option.text === "True"
                  ? t("authoring.true")
                  : t("authoring.false")
                : option.text}
              {option.isCorrect ? <span className="visually-hidden"> ({t("authoring.correct")})</span> : null}
            </li>
          ))}
        </ul>
      );
    case "SHORT_ANSWER":
      return (
        <p className="muted">
          {t("authoring.accepts", { answers: (question.acceptedAnswers ?? []).join(" · ") })}
        </p>
      );
    case "CODE":
      return (
        <p className="muted">
          {question.programmingLanguage} ·{" "}
          {t("authoring.testCount", { count: question.testCases?.length ?? 0 })}
        </p>
      );
  }
}

export function QuizQuestionItem(
  props: { question: FragmentType<typeof QuizQuestionItem_QuestionFragment> } & ListPosition,
) {
  const question = useFragment(QuizQuestionItem_QuestionFragment, props.question);
  const { t } = useTranslation();
  const failureText = useFailureText();
  const saveErrors = useSaveErrors();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [, updateQuestion] = useMutation(UpdateQuestionMutation);
  const [, deleteQuestion] = useMutation(DeleteQuestionMutation);
  const label = t("authoring.questionNumber", { number: props.index + 1 });

  return (
    <li className="list__item" aria-label={label}>
      <div className="authoring-row">
        <span className="authoring-row__title">
          {props.index + 1}. {question.questionText}
        </span>
        <span className="muted">
          {t(`authoring.questionTypes.${question.questionType}`)} ·{" "}
          {t("authoring.pointCount", { count: question.points })}
        </span>
        <ItemActions
          title={label}
          index={props.index}
          count={props.count}
          onMove={props.onMove}
          editing={editing}
          onToggleEdit={() => setEditing((open) => !open)}
          onDelete={() => setDeleting(true)}
        />
      </div>
      {editing ? (
        <QuestionEditor
          initial={questionDraft(question)}
          submitLabel={t("authoring.saveQuestion")}
          onCancel={() => setEditing(false)}
          onSave={async (draft) => {
            const result = await updateQuestion({
              input: { questionId: question.id, ...questionInput(draft) },
            });
            const payload = result.data?.updateQuizQuestion;
            if (payload?.question) {
              setEditing(false);
              return [];
            }
            return saveErrors(payload?.userErrors);
          }}
        />
      ) : (
        <Answer question={question} />
      )}
      {deleting ? (
        <ConfirmDialog
          title={t("authoring.deleteQuestionTitle", { number: props.index + 1 })}
          body={question.questionText}
          confirmLabel={t("authoring.deleteQuestion")}
          busyLabel={t("authoring.deleting")}
          onClose={() => setDeleting(false)}
          onConfirm={async () => {
            const result = await deleteQuestion({ input: { questionId: question.id } });
            const payload = result.data?.deleteQuizQuestion;
            if (payload?.deletedId) return null;
            return failureText(payload?.userErrors);
          }}
        />
      ) : null}
    </li>
  );
}
