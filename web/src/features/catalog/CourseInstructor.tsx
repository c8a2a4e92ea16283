import { useTranslation } from "react-i18next";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";

export const CourseInstructor_UserFragment = graphql(`
  fragment CourseInstructor_User on User {
    id
    name
    bio
    avatarUrl
  }
`);

export function CourseInstructor(props: { instructor: FragmentType<typeof CourseInstructor_UserFragment> }) {
  const instructor = useFragment(CourseInstructor_UserFragment, props.instructor);
  const { t } = useTranslation();
  return (
    <section className="section instructor" aria-labelledby="instructor-title">
      <h2 id="instructor-title">{t("course.instructor")}</h2>
      <div className="instructor__card">
        <span className="avatar" aria-hidden="true">
          {instructor.name.slice(0, 1)}
        </span>
        <div>
          <p className="instructor__name">{instructor.name}</p>
          {instructor.bio ? <p className="muted">{instructor.bio}</p> : null}
        </div>
      </div>
    </section>
  );
}
