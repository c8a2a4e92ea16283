import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";

export const CourseCard_CourseFragment = graphql(`
  fragment CourseCard_Course on Course {
    id
    slug
    title
    subtitle
    format
    level
    thumbnailUrl
    lessonCount
    averageRating
    reviewCount
    isFree
    price {
      amountCents
      currency
    }
  }
`);

type CourseCardProps = {
  course: FragmentType<typeof CourseCard_CourseFragment>;
};

export function CourseCard(props: CourseCardProps) {
  const course = useFragment(CourseCard_CourseFragment, props.course);
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = `course-${course.slug}-title`;
  const [brokenImage, setBrokenImage] = useState(false);

  return (
    <article className="course-card" aria-labelledby={titleId}>
      {course.thumbnailUrl && !brokenImage ? (
        <img
          className="course-card__thumbnail"
          src={course.thumbnailUrl}
          alt=""
          loading="lazy"
          // An image that fails to load gives way to the placeholder instead of a broken icon.
          onError={() => setBrokenImage(true)}
        />
      ) : (
        <div className="course-card__thumbnail course-card__thumbnail--empty" aria-hidden="true" />
      )}
      <div className="course-card__body">
        <p className="course-card__format">
          {t(`enums.format.${course.format}`)}
          {course.level ? ` · ${t(`enums.level.${course.level}`)}` : null}
        </p>
        <h2 className="course-card__title" id={titleId}>
          <Link to={`/courses/${course.slug}`} className="course-card__link">
            {course.title}
          </Link>
        </h2>
        {course.subtitle ? <p className="course-card__subtitle">{course.subtitle}</p> : null}
        <dl className="course-card__facts">
          <div>
            <dt>{t("catalog.lessons")}</dt>
            <dd>{format.number(course.lessonCount)}</dd>
          </div>
          <div>
            <dt>{t("catalog.rating")}</dt>
            <dd>
              {course.averageRating === null || course.averageRating === undefined
                ? t("catalog.noReviews")
                : t("catalog.ratingValue", {
                    rating: format.rating(course.averageRating),
                    reviews: t("catalog.reviews", { count: course.reviewCount }),
                  })}
            </dd>
          </div>
          <div>
            <dt>{t("catalog.price")}</dt>
            <dd className="course-card__price">
              {course.isFree ? t("catalog.free") : format.money(course.price)}
            </dd>
          </div>
        </dl>
      </div>
    </article>
  );
}
