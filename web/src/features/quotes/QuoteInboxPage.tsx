import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery, useSubscription } from "urql";
import { Badge } from "../../components/Badge";
import { ListStates } from "../../components/states";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";
import { LiveIndicator } from "../../lib/live";
import { QUOTE_TONES } from "./quote-status";
import {
  QuoteRespondedSubscription as QuoteResponded,
  QuoteRow_CourseQuoteFragment,
  QuoteViewedSubscription as QuoteViewed,
} from "./quotes.graphql";

const QuoteInboxQuery = graphql(`
  query QuoteInbox {
    teachingIndividualCourses(first: 50) {
      nodes {
        id
        status
        student {
          id
          name
        }
        quotes {
          id
          ...QuoteRow_CourseQuote
        }
      }
    }
  }
`);

type Activity = { id: string; text: string; at: number };

function QuoteRow(props: { quote: FragmentType<typeof QuoteRow_CourseQuoteFragment>; student: string }) {
  const quote = useFragment(QuoteRow_CourseQuoteFragment, props.quote);
  const { t } = useTranslation();
  const format = useFormat();
  const when = (iso: string | null | undefined) => (iso ? format.dateTime(iso) : "—");
  return (
    <tr data-quote={quote.quoteNumber}>
      <th scope="row">{quote.quoteNumber}</th>
      <td>{props.student}</td>
      <td>{format.money(quote.totalPrice)}</td>
      <td>
        <Badge tone={QUOTE_TONES[quote.status]}>{t(`enums.quoteStatus.${quote.status}`)}</Badge>
      </td>
      <td>{when(quote.sentAt)}</td>
      <td>{when(quote.viewedAt)}</td>
      <td>
        {quote.respondedAt ? when(quote.respondedAt) : "—"}
        {quote.clientResponse ? <span className="quote-row__message">“{quote.clientResponse}”</span> : null}
      </td>
    </tr>
  );
}

/**
 * The instructor's quotes, newest course first. quoteViewed and quoteResponded
 * update the rows in place through the cache and add a line to the activity
 * feed, which screen readers announce.
 */
export function QuoteInboxPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: QuoteInboxQuery });
  const [activity, setActivity] = useState<Activity[]>([]);
  const push = useCallback((entry: Omit<Activity, "at">) => {
    // A quote is opened and answered once: an event seen twice (a resubscription) is one line.
    setActivity((list) =>
      list.some((item) => item.id === entry.id) ? list : [{ ...entry, at: Date.now() }, ...list].slice(0, 10),
    );
  }, []);

  // Handlers of useSubscription run inside a state updater, which must stay pure: the feed
  // follows the latest event in an effect instead.
  const [{ data: viewed }] = useSubscription({ query: QuoteViewed });
  const [{ data: responded }] = useSubscription({ query: QuoteResponded });
  useEffect(() => {
    const quote = viewed?.quoteViewed;
    if (!quote) return;
    push({
      id: `viewed:${quote.id}`,
      text: t("quotes.eventViewed", {
        number: quote.quoteNumber,
        student: quote.individualCourse?.student.name ?? "",
      }),
    });
  }, [viewed, push, t]);
  useEffect(() => {
    const quote = responded?.quoteResponded;
    if (!quote) return;
    push({
      id: `responded:${quote.id}`,
      text: t("quotes.eventResponded", {
        number: quote.quoteNumber,
        status: t(`enums.quoteStatus.${quote.status}`).toLowerCase(),
        student: quote.individualCourse?.student.name ?? "",
      }),
    });
  }, [responded, push, t]);

  const courses = data?.teachingIndividualCourses.nodes ?? [];
  const rows = courses.flatMap((course) =>
    course.quotes.map((quote) => ({ quote, student: course.student.name })),
  );

  return (
    <section className="page" aria-labelledby="inbox-title">
      <header className="page__header">
        <h1 id="inbox-title">{t("quotes.inboxTitle")}</h1>
        <LiveIndicator />
      </header>
      <p className="muted">{t("quotes.inboxIntro")}</p>
      <section className="card activity" aria-labelledby="activity-title">
        <h2 id="activity-title">{t("quotes.activity")}</h2>
        <ul aria-live="polite" className="activity__list">
          {activity.length === 0 ? <li className="muted">{t("quotes.noActivity")}</li> : null}
          {activity.map((entry) => (
            <li key={`${entry.id}:${entry.at}`}>{entry.text}</li>
          ))}
        </ul>
      </section>
      <ListStates
        query={{ data, fetching, error }}
        reexecute={reexecute}
        count={rows.length}
        loadingLabel={t("quotes.inboxLoading")}
      >
        {t("quotes.inboxEmpty")}
      </ListStates>
      {rows.length ? (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("quotes.columnNumber")}</th>
                <th scope="col">{t("quotes.columnStudent")}</th>
                <th scope="col">{t("quotes.columnTotal")}</th>
                <th scope="col">{t("quotes.columnStatus")}</th>
                <th scope="col">{t("quotes.columnSent")}</th>
                <th scope="col">{t("quotes.columnViewed")}</th>
                <th scope="col">{t("quotes.columnAnswer")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ quote, student }) => (
                <QuoteRow key={quote.id} quote={quote} student={student} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
