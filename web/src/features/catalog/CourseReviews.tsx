import { useTranslation } from "react-i18next";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";

export const CourseReviews_CourseFragment = graphql(`
  fragment CourseReviews_Course on Course {
    id
    averageRating
    reviewCount
    reviews(first: 10) {
      totalCount
      nodes {
        id
        rating
        content
        createdAt
        author {
          id
          name
        }
      }
    }
  }
`);

export function Stars({ rating }: { rating: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rounded = Math.round(rating);
  return (
    <span className="stars" role="img" aria-label={t("course.stars", { rating: format.rating(rating) })}>
      {"★".repeat(rounded)}
      <span className="stars__empty">{"★".repeat(5 - rounded)}</span>
    </span>
  );
}

export function CourseReviews(props: { course: FragmentType<typeof CourseReviews_CourseFragment> }) {
  const course = useFragment(CourseReviews_CourseFragment, props.course);
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="section" aria-labelledby="reviews-title">
      <h2 id="reviews-title">{t("course.reviews")}</h2>
      {course.averageRating !== null && course.averageRating !== undefined ? (
        <p className="reviews__summary">
          <Stars rating={course.averageRating} /> {format.rating(course.averageRating)} ·{" "}
          {t("catalog.reviews", { count: course.reviewCount })}
        </p>
      ) : null}
      {course.reviews.nodes.length === 0 ? (
        <p className="muted">{t("course.noReviews")}</p>
      ) : (
        <ul className="reviews">
          {course.reviews.nodes.map((review) => (
            <li key={review.id} className="review">
              <p className="review__meta">
                <Stars rating={review.rating} /> <strong>{review.author?.name}</strong>{" "}
                <time dateTime={review.createdAt} className="muted">
                  {format.date(review.createdAt)}
                </time>
              </p>
              <p>{review.content}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
