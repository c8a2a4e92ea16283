import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useMutation, useQuery, useSubscription } from "urql";
import { Badge } from "../../components/Badge";
import { ListStates } from "../../components/states";
import { useUserErrorText } from "../../components/user-errors";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";
import { LiveIndicator } from "../../lib/live";

const InquiriesPageQuery = graphql(`
  query InquiriesPage {
    contactInquiries(first: 50) {
      nodes {
        id
        name
        email
        subject
        message
        status
        handled
        urgencyLevel
        courseTypeInterest
        budgetRange
        availabilityInfo
        createdAt
      }
    }
  }
`);

const ContactInquiryReceivedSubscription = graphql(`
  subscription ContactInquiryReceived {
    contactInquiryReceived {
      id
      name
    }
  }
`);

const StartIndividualCourseMutation = graphql(`
  mutation StartIndividualCourse($input: CreateIndividualCourseInput!) {
    createIndividualCourse(input: $input) {
      individualCourse {
        id
        status
      }
      userErrors {
        code
        message
      }
    }
  }
`);

/** Instructors: contact-form inquiries, live, each one a click away from an individual course and its quote. */
export function InquiriesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const userErrorText = useUserErrorText();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: InquiriesPageQuery });
  const [{ data: arrived }] = useSubscription({ query: ContactInquiryReceivedSubscription });
  const [state, start] = useMutation(StartIndividualCourseMutation);
  const [announcement, setAnnouncement] = useState<string | null>(null);

  // A new inquiry is not in the cached list: fetch the list again and say so.
  useEffect(() => {
    const inquiry = arrived?.contactInquiryReceived;
    if (!inquiry) return;
    setAnnouncement(t("teaching.newInquiry", { name: inquiry.name }));
    reexecute({ requestPolicy: "network-only" });
  }, [arrived, reexecute, t]);

  const startCourse = async (inquiryId: string) => {
    const result = await start({ input: { inquiryId } });
    const course = result.data?.createIndividualCourse.individualCourse;
    if (course) navigate(`/teaching/individual/${encodeURIComponent(course.id)}/quote`);
  };
  const userError = state.data?.createIndividualCourse.userErrors[0];
  const inquiries = data?.contactInquiries.nodes ?? [];

  return (
    <section className="page" aria-labelledby="inquiries-title">
      <header className="page__header">
        <h1 id="inquiries-title">{t("teaching.inquiriesTitle")}</h1>
        <LiveIndicator />
      </header>
      <p className="muted">{t("teaching.inquiriesIntro")}</p>
      <p aria-live="polite" className="notice notice--info" hidden={!announcement}>
        {announcement}
      </p>
      {userError ? (
        <p className="notice notice--error" role="alert">
          {userErrorText(userError)}
        </p>
      ) : null}
      <ListStates query={{ data, fetching, error }} reexecute={reexecute} count={inquiries.length}>
        {t("teaching.inquiriesEmpty")}
      </ListStates>
      <ul className="list">
        {inquiries.map((inquiry) => (
          <li key={inquiry.id}>
            <article className="card booking" aria-label={inquiry.name}>
              <header className="booking__header">
                <h2>{inquiry.subject ? `${inquiry.name} — ${inquiry.subject}` : inquiry.name}</h2>
                <Badge tone={inquiry.handled ? "neutral" : "info"}>
                  {t(`enums.inquiryStatus.${inquiry.status}`)}
                </Badge>
              </header>
              <p className="muted">
                {t("teaching.received", { date: format.dateTime(inquiry.createdAt) })} · {inquiry.email}
              </p>
              <p className="prose">{inquiry.message}</p>
              {inquiry.courseTypeInterest ? (
                <p>
                  {t("teaching.interest", { interest: t(`contact.interests.${inquiry.courseTypeInterest}`) })}
                </p>
              ) : null}
              {inquiry.budgetRange ? <p>{t("teaching.budget", { budget: inquiry.budgetRange })}</p> : null}
              {inquiry.availabilityInfo ? (
                <p>{t("teaching.availability", { availability: inquiry.availabilityInfo })}</p>
              ) : null}
              {inquiry.status === "NEW" ? (
                <button type="button" disabled={state.fetching} onClick={() => void startCourse(inquiry.id)}>
                  {state.fetching ? t("teaching.starting") : t("teaching.startCourse")}
                </button>
              ) : null}
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
