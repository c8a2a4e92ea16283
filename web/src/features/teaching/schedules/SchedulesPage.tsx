import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { EmptyState, ErrorState, ListStates, LoadingState } from "../../../components/states";
import { useSession } from "../../../lib/session";
import { ScheduleForm } from "./ScheduleForm";
import { ScheduleRow } from "./ScheduleRow";
import { ScheduleFormOptionsQuery, TeachingSchedulesQuery } from "./schedules.graphql";

/** One page of the upcoming runs the viewer manages, drafts and cancelled ones included. */
function ManagedSchedulesPage({
  after,
  last,
  onMore,
  onEmpty,
}: {
  after: string | null;
  last: boolean;
  onMore: (cursor: string) => void;
  onEmpty: (empty: boolean) => void;
}) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: TeachingSchedulesQuery,
    variables: { after },
  });
  const connection = data?.courseSchedules;
  const mine = connection?.nodes ?? [];
  const empty = after === null && connection !== undefined && mine.length === 0;
  useEffect(() => {
    if (after === null) onEmpty(empty);
  }, [after, empty, onEmpty]);
  if (fetching && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  return (
    <>
      {mine.map((schedule) => (
        <ScheduleRow key={schedule.id} schedule={schedule} />
      ))}
      {last && connection?.pageInfo.hasNextPage && connection.pageInfo.endCursor ? (
        <li className="page__more">
          <button
            type="button"
            className="button--secondary"
            onClick={() => onMore(connection.pageInfo.endCursor as string)}
          >
            {t("instructor.searchLater")}
          </button>
        </li>
      ) : null}
    </>
  );
}

/** The instructor's runs of in-person courses at venues: plan one, publish it, cancel it. */
export function SchedulesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const isAdmin = session.hasRole("ADMIN");
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ScheduleFormOptionsQuery,
    variables: { isAdmin },
  });
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [noneListed, setNoneListed] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  // A new form after each schedule, so the same one is not planned twice by a second click.
  const [formKey, setFormKey] = useState(0);

  const taught = data?.viewer?.taughtCourses.nodes ?? [];
  const courses = [...taught, ...(data?.inPersonCourses?.nodes ?? [])].filter(
    (course, index, all) =>
      course.format === "IN_PERSON" && all.findIndex((other) => other.id === course.id) === index,
  );
  const venues = data?.venues.nodes ?? [];

  return (
    <section className="page" aria-labelledby="schedules-title">
      <header className="page__header">
        <h1 id="schedules-title">{t("instructor.schedulesTitle")}</h1>
        <p className="lead">{t("instructor.schedulesIntro")}</p>
      </header>
      <div className="dashboard">
        <section className="section" aria-labelledby="my-schedules-title">
          <h2 id="my-schedules-title">{t("instructor.mySchedules")}</h2>
          {created ? (
            <p className="notice notice--success" role="status">
              {created}
            </p>
          ) : null}
          {noneListed ? (
            <EmptyState>
              <p>{t("instructor.noSchedules")}</p>
            </EmptyState>
          ) : null}
          <ul className="list" aria-labelledby="my-schedules-title">
            {cursors.map((after, index) => (
              <ManagedSchedulesPage
                key={after ?? "first"}
                after={after}
                last={index === cursors.length - 1}
                onMore={(cursor) => setCursors((current) => [...current, cursor])}
                onEmpty={setNoneListed}
              />
            ))}
          </ul>
        </section>
        <div>
          <ListStates query={{ data, fetching, error }} reexecute={reexecute} count={courses.length}>
            {t("instructor.noInPersonCourse")}
          </ListStates>
          {data && courses.length > 0 && venues.length === 0 ? (
            <EmptyState>
              <p>{t("instructor.noVenue")}</p>
            </EmptyState>
          ) : null}
          {courses.length > 0 && venues.length > 0 ? (
            <ScheduleForm
              key={formKey}
              courses={courses}
              venues={venues}
              onCreated={(schedule) => {
                setCreated(
                  schedule.status === "DRAFT"
                    ? t("instructor.draftCreated")
                    : t("instructor.scheduleCreated"),
                );
                setFormKey((key) => key + 1);
              }}
            />
          ) : null}
        </div>
      </div>
    </section>
  );
}
