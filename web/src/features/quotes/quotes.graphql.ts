import { graphql } from "../../gql/gql";

export const QuoteRow_CourseQuoteFragment = graphql(`
  fragment QuoteRow_CourseQuote on CourseQuote {
    id
    quoteNumber
    status
    sentAt
    viewedAt
    respondedAt
    clientResponse
    totalPrice {
      amountCents
      currency
    }
  }
`);

export const QuoteRespondedSubscription = graphql(`
  subscription QuoteResponded {
    quoteResponded {
      id
      quoteNumber
      status
      ...QuoteRow_CourseQuote
      individualCourse {
        id
        student {
          id
          name
        }
      }
    }
  }
`);

export const QuoteViewedSubscription = graphql(`
  subscription QuoteViewed {
    quoteViewed {
      id
      quoteNumber
      ...QuoteRow_CourseQuote
      individualCourse {
        id
        student {
          id
          name
        }
      }
    }
  }
`);
