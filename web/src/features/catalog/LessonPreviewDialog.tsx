import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { Dialog } from "../../components/Dialog";
import { ErrorState, LoadingState } from "../../components/states";
import { graphql } from "../../gql/gql";

const LessonPreviewQuery = graphql(`
  query LessonPreview($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Lesson {
        title
        type
        videoUrl
        articleContent
        description
      }
    }
  }
`);

function PreviewContent({ id }: { id: string }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: LessonPreviewQuery, variables: { id } });
  if (fetching && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} />;
  const lesson = data?.node?.__typename === "Lesson" ? data.node : null;
  if (!lesson || (!lesson.videoUrl && !lesson.articleContent)) {
    return <p>{t("course.previewUnavailable")}</p>;
  }
  return (
    <div className="lesson-preview">
      {lesson.videoUrl ? (
        // biome-ignore lint/a11y/useMediaCaption: captions are not part of the course data yet
        <video className="lesson-preview__video" src={lesson.videoUrl} controls preload="metadata" />
      ) : null}
      {lesson.description ? <p>{lesson.description}</p> : null}
      {lesson.articleContent ? <div className="article">{lesson.articleContent}</div> : null}
    </div>
  );
}

/** A preview lesson, readable without enrolling. */
export function LessonPreviewDialog({
  lesson,
  onClose,
}: {
  lesson: { id: string; title: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={lesson ? t("course.previewOf", { title: lesson.title }) : ""}
      open={lesson !== null}
      onClose={onClose}
    >
      {lesson ? <PreviewContent id={lesson.id} /> : null}
    </Dialog>
  );
}
