import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../../components/Icon";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";
import { LessonPreviewDialog } from "./LessonPreviewDialog";

export const CourseCurriculum_CourseFragment = graphql(`
  fragment CourseCurriculum_Course on Course {
    id
    lessonCount
    totalDurationMinutes
    modules {
      id
      title
      description
      lessonCount
      totalDurationMinutes
      lessons {
        id
        title
        type
        durationMinutes
        isPreview
        viewerCanRead
      }
    }
  }
`);

export function CourseCurriculum(props: { course: FragmentType<typeof CourseCurriculum_CourseFragment> }) {
  const course = useFragment(CourseCurriculum_CourseFragment, props.course);
  const { t } = useTranslation();
  const format = useFormat();
  const [preview, setPreview] = useState<{ id: string; title: string } | null>(null);

  return (
    <section className="section" aria-labelledby="curriculum-title">
      <h2 id="curriculum-title">{t("course.curriculum")}</h2>
      <p className="muted">
        {t("course.curriculumSummary", {
          modules: course.modules.length,
          lessons: course.lessonCount,
          duration: format.duration(course.totalDurationMinutes),
        })}
      </p>
      <ol className="curriculum">
        {course.modules.map((module, index) => (
          <li key={module.id} className="curriculum__module">
            <details open={index === 0}>
              <summary>
                <span className="curriculum__module-title">{module.title}</span>
                <span className="muted">
                  {t("course.moduleLessons", { count: module.lessonCount })} ·{" "}
                  {format.duration(module.totalDurationMinutes)}
                </span>
              </summary>
              {module.description ? <p className="muted">{module.description}</p> : null}
              <ol className="curriculum__lessons">
                {module.lessons.map((lesson) => (
                  <li key={lesson.id} className="curriculum__lesson">
                    <span className="curriculum__lesson-type">{t(`enums.lessonType.${lesson.type}`)}</span>
                    <span className="curriculum__lesson-title">{lesson.title}</span>
                    {lesson.durationMinutes ? (
                      <span className="muted">{format.duration(lesson.durationMinutes)}</span>
                    ) : null}
                    {lesson.isPreview && lesson.viewerCanRead ? (
                      <button
                        type="button"
                        className="button--small button--secondary"
                        onClick={() => setPreview({ id: lesson.id, title: lesson.title })}
                        aria-label={t("course.previewOf", { title: lesson.title })}
                      >
                        {t("course.preview")}
                      </button>
                    ) : lesson.viewerCanRead ? null : (
                      <span className="curriculum__locked" title={t("course.locked")}>
                        <Icon name="lock" size={16} />
                        <span className="visually-hidden">{t("course.locked")}</span>
                      </span>
                    )}
                  </li>
                ))}
              </ol>
            </details>
          </li>
        ))}
      </ol>
      <LessonPreviewDialog lesson={preview} onClose={() => setPreview(null)} />
    </section>
  );
}
