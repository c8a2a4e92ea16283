// Scale seed, catalog side: instructor, learner and expert accounts, then courses with modules
// and lessons. Every row is a pure function of its index, so any batch regenerates identically.
import type { Prisma, PrismaClient } from "../../api/src/generated/prisma/client.js";
import type { CourseFormat, CourseStatus } from "../../api/src/generated/prisma/enums.js";
import { seedId } from "./ids.js";
import { insertBatched, type ProgressListener } from "./scale-batches.js";
import { courseColumns, lessonColumns, moduleColumns, userColumns } from "./scale-columns.js";
import { tableSink } from "./scale-sql.js";
import { DAY_MS } from "./time.js";

type WithId<T> = T & { id: string };
export type ScaleRole = "instructor" | "learner" | "expert";

const TOPICS = [
  "TypeScript",
  "GraphQL",
  "Python",
  "SQL",
  "Kubernetes",
  "React",
  "Rust",
  "Go",
  "Statistics",
  "Bridge",
  "Photography",
  "Public Speaking",
  "Excel",
  "UX Design",
  "Accounting",
  "Negotiation",
  "French",
  "Machine Learning",
  "First Aid",
  "Project Management",
];
const ANGLES = [
  "Essentials",
  "in Practice",
  "Masterclass",
  "for Beginners",
  "Deep Dive",
  "Bootcamp",
  "Patterns",
  "from Scratch",
];
const CATEGORIES = ["Programming", "Data Science", "Business", "Languages", "Lifestyle", "Health"];
const PRICES = [0, 1900, 2900, 4900, 7900, 9900, 14900];
const LESSONS_PER_MODULE = 5;

export const scaleUserId = (role: ScaleRole, i: number) => seedId(`scale:user:${role}:${i}`);
export const scaleCourseId = (i: number) => seedId(`scale:course:${i}`);

/** Every 10th course is in-person, every 10th live and every 10th individual; the rest self-paced. */
export function scaleFormat(i: number): CourseFormat {
  return i % 10 === 7
    ? "IN_PERSON"
    : i % 10 === 8
      ? "LIVE_GROUP"
      : i % 10 === 9
        ? "INDIVIDUAL"
        : "SELF_PACED";
}
export const scalePrice = (i: number) =>
  scaleFormat(i) === "IN_PERSON" ? 12000 + (i % 5) * 2500 : (PRICES[i % PRICES.length] ?? 0);
export const scaleStatus = (i: number): CourseStatus =>
  i % 97 === 0 ? "ARCHIVED" : i % 50 === 0 ? "DRAFT" : "PUBLISHED";
const lessonMinutes = (course: number, lesson: number) => 5 + ((course * 31 + lesson * 17) % 26);

export type ScaleCatalogOptions = {
  courses: number;
  lessonsPerCourse: number;
  instructors: number;
  learners: number;
  experts: number;
};

export async function seedScaleUsers(
  prisma: PrismaClient,
  o: ScaleCatalogOptions,
  today: Date,
  progress: ProgressListener,
): Promise<number> {
  const groups: Array<[ScaleRole, number]> = [
    ["instructor", o.instructors],
    ["learner", o.learners],
    ["expert", o.experts],
  ];
  const user = (index: number): WithId<Prisma.UserCreateManyInput> => {
    let i = index;
    for (const [role, n] of groups) {
      if (i < n) {
        const at = new Date(today.getTime() - (30 + (i % 700)) * DAY_MS);
        // No password: these accounts exist to own and book things, nobody logs in as them.
        return {
          id: scaleUserId(role, i),
          email: `${role}.${String(i).padStart(6, "0")}@scale.campus.test`,
          firstName: role[0]?.toUpperCase() + role.slice(1),
          lastName: String(i),
          fullName: `${role} ${i}`,
          roles: role === "learner" ? ["STUDENT"] : ["INSTRUCTOR"],
          createdAt: at,
          updatedAt: at,
        };
      }
      i -= n;
    }
    throw new Error("scale user index out of range");
  };
  const total = groups.reduce((sum, [, n]) => sum + n, 0);
  return insertBatched("users", total, 5000, user, tableSink(prisma, "users", userColumns), progress);
}

function courseRow(i: number, o: ScaleCatalogOptions, today: Date): WithId<Prisma.CourseCreateManyInput> {
  const format = scaleFormat(i);
  const topic = TOPICS[i % TOPICS.length] ?? "Topic";
  const price = scalePrice(i);
  const created = new Date(today.getTime() - (1 + (i % 900)) * DAY_MS);
  const status = scaleStatus(i);
  const minutes = Array.from({ length: o.lessonsPerCourse }, (_, l) => lessonMinutes(i, l));
  return {
    id: scaleCourseId(i),
    slug: `scale-${i}-${topic.toLowerCase().replace(/\s+/g, "-")}`,
    title: `${topic} ${ANGLES[Math.floor(i / TOPICS.length) % ANGLES.length]} #${i}`,
    description: `A ${format.toLowerCase().replace("_", " ")} course about ${topic}.`,
    instructorId: format === "IN_PERSON" ? null : scaleUserId("instructor", i % o.instructors),
    format,
    status,
    accessType: price === 0 ? "FREE" : "PAID",
    category: CATEGORIES[i % CATEGORIES.length] ?? null,
    tags: [topic.toLowerCase(), "scale"],
    courseType: format === "IN_PERSON" ? "EFAW" : null,
    level: (["BEGINNER", "INTERMEDIATE", "ADVANCED"] as const)[i % 3],
    priceCents: price,
    currency: format === "IN_PERSON" || i % 3 === 0 ? "EUR" : "USD",
    language: i % 5 === 0 ? "fr" : "en",
    maxCapacity: format === "IN_PERSON" ? 12 : null,
    // Exact by construction; counters.ts re-verifies them at the end.
    lessonCount: o.lessonsPerCourse,
    totalDurationMinutes: minutes.reduce((a, b) => a + b, 0),
    publishedAt: status === "DRAFT" ? null : created,
    createdAt: created,
    updatedAt: created,
  };
}

export async function seedScaleCourses(
  prisma: PrismaClient,
  o: ScaleCatalogOptions,
  today: Date,
  progress: ProgressListener,
): Promise<number> {
  const modules = Math.ceil(o.lessonsPerCourse / LESSONS_PER_MODULE);
  const created = (c: number) => new Date(today.getTime() - (1 + (c % 900)) * DAY_MS);
  const moduleRow = (index: number): WithId<Prisma.CourseModuleCreateManyInput> => {
    const c = Math.floor(index / modules);
    const m = index % modules;
    const count = Math.min(LESSONS_PER_MODULE, o.lessonsPerCourse - m * LESSONS_PER_MODULE);
    const lessons = Array.from({ length: count }, (_, k) => m * LESSONS_PER_MODULE + k);
    return {
      id: seedId(`scale:module:${c}:${m}`),
      courseId: scaleCourseId(c),
      title: `Part ${m + 1}`,
      position: m + 1,
      lessonCount: lessons.length,
      totalDurationMinutes: lessons.reduce((sum, l) => sum + lessonMinutes(c, l), 0),
      createdAt: created(c),
      updatedAt: created(c),
    };
  };
  const lessonRow = (index: number): WithId<Prisma.LessonCreateManyInput> => {
    const c = Math.floor(index / o.lessonsPerCourse);
    const l = index % o.lessonsPerCourse;
    const video = l % 4 !== 3;
    return {
      id: seedId(`scale:lesson:${c}:${l}`),
      courseId: scaleCourseId(c),
      moduleId: seedId(`scale:module:${c}:${Math.floor(l / LESSONS_PER_MODULE)}`),
      title: `Lesson ${l + 1}`,
      position: (l % LESSONS_PER_MODULE) + 1,
      type: video ? "VIDEO" : "ARTICLE",
      videoUrl: video ? `https://media.campus.test/scale/${c}/${l}.mp4` : null,
      articleContent: video ? null : `# Lesson ${l + 1}`,
      durationMinutes: lessonMinutes(c, l),
      isPreview: l === 0,
      createdAt: created(c),
      updatedAt: created(c),
    };
  };
  let inserted = await insertBatched(
    "courses",
    o.courses,
    2000,
    (i) => courseRow(i, o, today),
    tableSink(prisma, "courses", courseColumns),
    progress,
  );
  inserted += await insertBatched(
    "modules",
    o.courses * modules,
    5000,
    moduleRow,
    tableSink(prisma, "course_modules", moduleColumns),
    progress,
  );
  inserted += await insertBatched(
    "lessons",
    o.courses * o.lessonsPerCourse,
    5000,
    lessonRow,
    tableSink(prisma, "lessons", lessonColumns),
    progress,
  );
  return inserted;
}
