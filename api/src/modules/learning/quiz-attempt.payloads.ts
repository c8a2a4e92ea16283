import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../graphql/user-error.js";
import { Certificate, type CertificateRow } from "./certificate.types.js";
import { Enrollment, type EnrollmentRow } from "./enrollment.types.js";
import { type AttemptRow, QuizAttempt } from "./quiz-attempt.types.js";

@ObjectType({ description: "Result of startQuizAttempt." })
export class StartQuizAttemptPayload {
  @Field(() => QuizAttempt, { nullable: true, description: "The attempt, with its questions in its order." })
  attempt!: AttemptRow | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "True when an unfinished attempt was resumed instead of starting a new one.",
  })
  resumed!: boolean | null;

  @Field(() => [UserError], { description: "Why no attempt could start (e.g. no attempts left)." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of submitQuizAttempt." })
export class SubmitQuizAttemptPayload {
  @Field(() => QuizAttempt, { nullable: true, description: "The graded attempt." })
  attempt!: AttemptRow | null;

  @Field(() => Enrollment, {
    nullable: true,
    description: "The enrollment, when grading changed it (average score, completion).",
  })
  enrollment!: EnrollmentRow | null;

  @Field(() => Certificate, {
    nullable: true,
    description: "The certificate earned, when passing this quiz completed the course.",
  })
  certificate!: CertificateRow | null;

  @Field(() => [UserError], { description: "Why the attempt could not be graded (e.g. already submitted)." })
  userErrors!: UserError[];
}
