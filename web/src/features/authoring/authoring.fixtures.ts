import type {
  CourseDetails_CourseFragment,
  CoursePublication_CourseFragment,
  CourseQuizzes_CourseFragment,
  CurriculumEditor_CourseFragment,
  LessonItem_LessonFragment,
  ModuleItem_ModuleFragment,
  QuizQuestionItem_QuestionFragment,
  QuizSettings_QuizFragment,
  TaughtCourseRow_CourseFragment,
  UserErrorCode,
} from "../../gql/graphql";

// What the API sends for the authoring pages, typed by the fragments the components declare, with
// the __typename graphcache needs to normalize it.

export type LessonWire = LessonItem_LessonFragment & { __typename: "Lesson" };
export type ModuleWire = Omit<ModuleItem_ModuleFragment, "lessons"> & {
  __typename: "CourseModule";
  lessons: LessonWire[];
};
type QuizSummary = CourseQuizzes_CourseFragment["quizzes"][number];
export type QuizSummaryWire = Omit<QuizSummary, "lesson" | "course"> & {
  __typename: "Quiz";
  lesson: { __typename: "Lesson"; id: string; title: string } | null;
  course: { __typename: "Course"; id: string } | null;
};
export type CourseWire = Omit<CourseDetails_CourseFragment, "price"> &
  CoursePublication_CourseFragment &
  Omit<TaughtCourseRow_CourseFragment, "price"> &
  Omit<CurriculumEditor_CourseFragment, "modules"> & {
    __typename: "Course";
    viewerCanEdit: boolean;
    price: { __typename: "Money"; amountCents: number; currency: string };
    modules: ModuleWire[];
    quizzes: QuizSummaryWire[];
  };
export type QuestionWire = Omit<QuizQuestionItem_QuestionFragment, "options" | "testCases"> & {
  __typename: "QuizQuestion";
  options: Array<{ __typename: "QuizOption"; id: string; text: string; isCorrect: boolean | null }>;
  testCases: Array<{ __typename: "CodeTestCase"; input: string; expectedOutput: string }> | null;
};
export type QuizWire = QuizSettings_QuizFragment & {
  __typename: "Quiz";
  viewerCanEdit: boolean;
  course: { __typename: "Course"; id: string; title: string };
  lesson: { __typename: "Lesson"; id: string; title: string } | null;
  questionCount: number;
  totalPoints: number;
  questions: QuestionWire[];
};

export const COURSE_ID = "Q291cnNlOjE";

export function lessonFixture(overrides: Partial<LessonWire> = {}): LessonWire {
  return {
    __typename: "Lesson",
    id: "TGVzc29uOjE",
    title: "What is React?",
    type: "VIDEO",
    description: null,
    durationMinutes: 12,
    isPreview: false,
    videoUrl: "https://videos.example.com/react.mp4",
    articleContent: null,
    ...overrides,
  };
}

export function moduleFixture(overrides: Partial<ModuleWire> = {}): ModuleWire {
  const lessons = overrides.lessons ?? [lessonFixture()];
  return {
    __typename: "CourseModule",
    id: "TW9kdWxlOjE",
    title: "Basics",
    description: null,
    lessonCount: lessons.length,
    totalDurationMinutes: lessons.reduce((sum, lesson) => sum + (lesson.durationMinutes ?? 0), 0),
    ...overrides,
    lessons,
  };
}

export function courseFixture(overrides: Partial<CourseWire> = {}): CourseWire {
  const modules = overrides.modules ?? [moduleFixture()];
  const lessons = modules.flatMap((module) => module.lessons);
  return {
    __typename: "Course",
    id: COURSE_ID,
    slug: "react-from-scratch",
    title: "React from scratch",
    subtitle: null,
    description: "",
    longDescription: null,
    category: null,
    subcategory: null,
    level: null,
    format: "SELF_PACED",
    language: "en",
    tags: [],
    hasCertificate: true,
    certificationValidityYears: null,
    discussionEnabled: true,
    durationText: null,
    maxCapacity: null,
    thumbnailUrl: null,
    previewVideoUrl: null,
    targetAudience: null,
    learningOutcomes: [],
    prerequisites: [],
    isFree: true,
    price: { __typename: "Money", amountCents: 0, currency: "EUR" },
    status: "DRAFT",
    publishedAt: null,
    studentCount: 0,
    updatedAt: "2030-03-01T10:00:00.000Z",
    viewerCanEdit: true,
    quizzes: [],
    lessonCount: lessons.length,
    totalDurationMinutes: lessons.reduce((sum, lesson) => sum + (lesson.durationMinutes ?? 0), 0),
    ...overrides,
    modules,
  };
}

export function questionFixture(overrides: Partial<QuestionWire> = {}): QuestionWire {
  return {
    __typename: "QuizQuestion",
    id: "UXVpelF1ZXN0aW9uOjE",
    questionType: "MULTIPLE_CHOICE",
    questionText: "Which hook holds state?",
    points: 2,
    hint: null,
    explanation: "useState returns the value and its setter.",
    options: [
      { __typename: "QuizOption", id: "a", text: "useState", isCorrect: true },
      { __typename: "QuizOption", id: "b", text: "useMemo", isCorrect: false },
    ],
    acceptedAnswers: null,
    programmingLanguage: null,
    codeTemplate: null,
    testCases: null,
    ...overrides,
  };
}

export function quizFixture(overrides: Partial<QuizWire> = {}): QuizWire {
  const questions = overrides.questions ?? [];
  return {
    __typename: "Quiz",
    id: "UXVpejox",
    title: "Hooks check",
    description: null,
    instructions: null,
    quizType: "GRADED",
    passingScore: 70,
    maxAttempts: 3,
    timeLimitMinutes: null,
    randomizeQuestions: false,
    randomizeAnswers: false,
    showCorrectAnswers: "AFTER_SUBMISSION",
    viewerCanEdit: true,
    course: { __typename: "Course", id: COURSE_ID, title: "React from scratch" },
    lesson: null,
    questionCount: questions.length,
    totalPoints: questions.reduce((sum, question) => sum + question.points, 0),
    ...overrides,
    questions,
  };
}

export function userErrorFixture(field: string | null, message: string, code: UserErrorCode = "INVALID") {
  return {
    __typename: "UserError" as const,
    code,
    field: field ? ["input", ...field.split(".")] : null,
    message,
  };
}

/** A payload that returns the course with its curriculum (CurriculumChangePayload and its kin). */
export function coursePayload(
  typename: string,
  course: CourseWire | null,
  extra: Record<string, unknown> = {},
) {
  return { __typename: typename, course, userErrors: [], ...extra };
}
