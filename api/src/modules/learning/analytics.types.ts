import { Field, Float, Int, ObjectType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "../../graphql/scalars.js";

@ObjectType({ description: "What a learner did on one calendar day (in their time zone)." })
export class LearningAnalyticsDay {
  @Field(() => DateScalar, { description: "The day." })
  date!: Date;

  @Field(() => Int, { description: "Minutes spent on lessons." })
  minutesLearned!: number;

  @Field(() => Int, { description: "Lessons completed." })
  lessonsCompleted!: number;

  @Field(() => Int, { description: "Quiz attempts graded." })
  quizzesTaken!: number;

  @Field(() => Float, { nullable: true, description: "Average percentage of those quizzes." })
  quizAverageScore!: number | null;

  @Field(() => Int, { description: "Code challenges solved for the first time." })
  codeChallengesSolved!: number;

  @Field(() => Int, { description: "Lesson videos watched to the end." })
  videosWatched!: number;
}

@ObjectType({ description: "A learner's totals and streaks (their profile counters)." })
export class LearningStats {
  @Field(() => Int, { description: "Minutes spent on lessons, all time." })
  totalLearningMinutes!: number;

  @Field(() => Int, { description: "Courses completed." })
  coursesCompleted!: number;

  @Field(() => Int, {
    description:
      "Consecutive learning days up to today (or yesterday: today is not over); 0 once a day was missed.",
  })
  currentStreakDays!: number;

  @Field(() => Int, { description: "Longest run of consecutive learning days." })
  longestStreakDays!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the learner last did something." })
  lastActiveAt!: Date | null;
}
