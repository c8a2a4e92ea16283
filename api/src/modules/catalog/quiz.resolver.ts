import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { assessmentAccess, questionAccess } from "./assessment-access.js";
import type { CourseRow } from "./catalog.loaders.js";
import { Course, type CourseSource } from "./catalog.types.js";
import { lessonById } from "./curriculum.loaders.js";
import { Lesson, type LessonRow } from "./curriculum.types.js";
import { questionsByQuiz, quizById, quizzesByCourse, quizzesByLesson } from "./quiz.loaders.js";
import {
  CodeTestCase,
  type QuestionRow,
  Quiz,
  QuizOption,
  QuizQuestion,
  type QuizRow,
} from "./quiz.types.js";
import { storedOptions, storedTestCases } from "./quiz-question.schema.js";

@Resolver(() => Course)
export class CourseQuizzesResolver {
  @FieldResolver(() => [Quiz], {
    description: "The course's quizzes (lesson quizzes and course-level exams), oldest first.",
  })
  quizzes(@Root() course: CourseSource, @Ctx() ctx: AppContext): Promise<QuizRow[]> {
    return quizzesByCourse(ctx).load(course.id);
  }
}

@Resolver(() => Lesson)
export class LessonQuizzesResolver {
  @FieldResolver(() => [Quiz], { description: "Quizzes attached to the lesson." })
  quizzes(@Root() lesson: LessonRow, @Ctx() ctx: AppContext): Promise<QuizRow[]> {
    return quizzesByLesson(ctx).load(lesson.id);
  }
}

@Resolver(() => Quiz)
export class QuizResolver {
  @FieldResolver(() => Course, { nullable: true, description: "The course of the quiz." })
  async course(@Root() quiz: QuizRow, @Ctx() ctx: AppContext): Promise<CourseRow | null> {
    return (await assessmentAccess(ctx, quiz)).course;
  }

  @FieldResolver(() => Lesson, { nullable: true, description: "The lesson it is attached to, if any." })
  lesson(@Root() quiz: QuizRow, @Ctx() ctx: AppContext): Promise<LessonRow | null> | null {
    return quiz.lessonId ? lessonById(ctx).load(quiz.lessonId) : null;
  }

  @FieldResolver(() => [QuizQuestion], {
    nullable: true,
    description:
      "The questions in order; null unless the viewer may read the course content (or the lesson is a preview).",
  })
  async questions(@Root() quiz: QuizRow, @Ctx() ctx: AppContext): Promise<QuestionRow[] | null> {
    return (await assessmentAccess(ctx, quiz)).canReadContent ? questionsByQuiz(ctx).load(quiz.id) : null;
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the viewer may read the correct answers (instructor, admins).",
  })
  async viewerCanReadAnswers(@Root() quiz: QuizRow, @Ctx() ctx: AppContext): Promise<boolean> {
    return (await assessmentAccess(ctx, quiz)).canReadAnswers;
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may edit the quiz." })
  async viewerCanEdit(@Root() quiz: QuizRow, @Ctx() ctx: AppContext): Promise<boolean> {
    return (await assessmentAccess(ctx, quiz)).canEdit;
  }
}

@Resolver(() => QuizQuestion)
export class QuizQuestionResolver {
  @FieldResolver(() => Quiz, { nullable: true, description: "The quiz of the question." })
  quiz(@Root() question: QuestionRow, @Ctx() ctx: AppContext): Promise<QuizRow | null> {
    return quizById(ctx).load(question.quizId);
  }

  @FieldResolver(() => [QuizOption], {
    description:
      "Choices of a multiple-choice or true/false question (empty for other types); isCorrect only for answer readers.",
  })
  async options(@Root() question: QuestionRow, @Ctx() ctx: AppContext): Promise<QuizOption[]> {
    if (question.questionType !== "MULTIPLE_CHOICE" && question.questionType !== "TRUE_FALSE") return [];
    const answers = (await questionAccess(ctx, question.quizId))?.canReadAnswers ?? false;
    return storedOptions(question.options).map((o) => ({
      id: o.id,
      text: o.text,
      isCorrect: answers ? o.isCorrect : null,
    }));
  }

  @FieldResolver(() => [String], {
    nullable: true,
    description: "Accepted answers of a short-answer question; answer readers only.",
  })
  async acceptedAnswers(@Root() question: QuestionRow, @Ctx() ctx: AppContext): Promise<string[] | null> {
    if (question.questionType !== "SHORT_ANSWER") return null;
    return (await questionAccess(ctx, question.quizId))?.canReadAnswers
      ? storedOptions(question.options).map((o) => o.text)
      : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Why the answer is right; answer readers only.",
  })
  async explanation(@Root() question: QuestionRow, @Ctx() ctx: AppContext): Promise<string | null> {
    return (await questionAccess(ctx, question.quizId))?.canReadAnswers ? question.explanation : null;
  }

  @FieldResolver(() => [CodeTestCase], {
    nullable: true,
    description: "Test cases of a code question; answer readers only.",
  })
  async testCases(@Root() question: QuestionRow, @Ctx() ctx: AppContext): Promise<CodeTestCase[] | null> {
    if (question.questionType !== "CODE") return null;
    return (await questionAccess(ctx, question.quizId))?.canReadAnswers
      ? storedTestCases(question.testCases)
      : null;
  }
}
