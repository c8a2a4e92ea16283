import { registerEnumType } from "type-graphql";

export enum EnrollmentStatusEnum {
  ACTIVE = "ACTIVE",
  COMPLETED = "COMPLETED",
  EXPIRED = "EXPIRED",
  REVOKED = "REVOKED",
}
registerEnumType(EnrollmentStatusEnum, {
  name: "EnrollmentStatus",
  description: "Lifecycle of an enrollment.",
  valuesConfig: {
    ACTIVE: { description: "The student has access and is taking the course." },
    COMPLETED: { description: "Every lesson is complete (and the final exam passed, if any); access stays." },
    EXPIRED: { description: "Time-limited access ran out." },
    REVOKED: { description: "Access was withdrawn (e.g. a refund)." },
  },
});

export enum EnrollmentAccessTypeEnum {
  PURCHASED = "PURCHASED",
  SUBSCRIPTION = "SUBSCRIPTION",
  FREE_GRANT = "FREE_GRANT",
  PROMOTIONAL = "PROMOTIONAL",
}
registerEnumType(EnrollmentAccessTypeEnum, {
  name: "EnrollmentAccessType",
  description: "How access to a course was obtained.",
});

export enum LessonProgressStatusEnum {
  NOT_STARTED = "NOT_STARTED",
  IN_PROGRESS = "IN_PROGRESS",
  COMPLETED = "COMPLETED",
}
registerEnumType(LessonProgressStatusEnum, {
  name: "LessonProgressStatus",
  description: "How far a student is in a lesson. Progress only moves forward.",
});

export enum QuizAttemptStatusEnum {
  IN_PROGRESS = "IN_PROGRESS",
  SUBMITTED = "SUBMITTED",
  GRADED = "GRADED",
}
registerEnumType(QuizAttemptStatusEnum, {
  name: "QuizAttemptStatus",
  description: "Where a quiz attempt stands.",
  valuesConfig: {
    IN_PROGRESS: { description: "Started, answers not yet submitted." },
    SUBMITTED: { description: "Submitted, waiting for grading." },
    GRADED: { description: "Graded on the server: score, percentage and pass/fail are final." },
  },
});

export enum CodeSubmissionStatusEnum {
  PENDING = "PENDING",
  RUNNING = "RUNNING",
  ACCEPTED = "ACCEPTED",
  WRONG_ANSWER = "WRONG_ANSWER",
  TIME_LIMIT = "TIME_LIMIT",
  RUNTIME_ERROR = "RUNTIME_ERROR",
  MEMORY_LIMIT = "MEMORY_LIMIT",
  UNSUPPORTED = "UNSUPPORTED",
}
registerEnumType(CodeSubmissionStatusEnum, {
  name: "CodeSubmissionStatus",
  description: "Verdict of the judge on a code submission (the first failing test's verdict).",
  valuesConfig: {
    PENDING: { description: "Stored, waiting for the judge." },
    RUNNING: { description: "Being judged." },
    ACCEPTED: { description: "Every test passed." },
    WRONG_ANSWER: { description: "A test returned an unexpected output." },
    TIME_LIMIT: { description: "A test ran past the time limit and was stopped." },
    RUNTIME_ERROR: {
      description: "The code threw, did not compile, or tried something the sandbox forbids.",
    },
    MEMORY_LIMIT: { description: "The code used more memory than the limit and was stopped." },
    UNSUPPORTED: { description: "The judge cannot run this language; stored but never passed." },
  },
});
