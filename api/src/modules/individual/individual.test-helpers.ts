// GraphQL documents and helpers shared by the individual module's integration tests.

export const gql = {
  submit: `mutation ($input: SubmitContactInquiryInput!) { submitContactInquiry(input: $input) { received userErrors { code field } } }`,
  createCourse: `mutation ($input: CreateIndividualCourseInput!) { createIndividualCourse(input: $input) { individualCourse { id status } userErrors { code field message } } }`,
  createQuote: `mutation ($input: CreateCourseQuoteInput!) { createCourseQuote(input: $input) { quote { id quoteNumber status totalPrice { amountCents } } userErrors { code field message } } }`,
  revise: `mutation ($input: ReviseCourseQuoteInput!) { reviseCourseQuote(input: $input) { quote { id quoteNumber status } userErrors { code field message } } }`,
  send: `mutation ($input: SendCourseQuoteInput!) { sendCourseQuote(input: $input) { quote { id status } userErrors { code field message } } }`,
  byToken: `query ($token: String!) { quoteByToken(token: $token) { quoteNumber status individualCourse { id } } }`,
  respond: `mutation ($input: RespondToCourseQuoteInput!) { respondToCourseQuote(input: $input) { quote { status } payment { status } userErrors { code field message } } }`,
  schedule: `mutation ($input: ScheduleIndividualSessionInput!) { scheduleIndividualSession(input: $input) { session { id sessionNumber } userErrors { code field message } } }`,
  complete: `mutation ($input: CompleteIndividualSessionInput!) { completeIndividualSession(input: $input) { session { id status } userErrors { code field message } } }`,
  changeStatus: `mutation ($input: ChangeIndividualCourseStatusInput!) { changeIndividualCourseStatus(input: $input) { individualCourse { status progress { completedHours plannedHours percentComplete } } userErrors { code field message } } }`,
};

/** The secret from the link in a queued quote email. */
export function linkToken(body: string | null): string {
  const token = body?.match(/#token=([A-Za-z0-9_-]{43})/)?.[1];
  if (!token) throw new Error(`no quote link in ${body}`);
  return token;
}
