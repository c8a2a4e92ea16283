import { compose, type Locale, pick, type RenderedEmail } from "./template-kit.js";

export interface QuoteSentData {
  recipientName: string;
  quoteNumber: string;
  instructorName: string;
  /** The quote's total, formatted in the recipient's language. */
  total: string;
  /** The instructor's note with the quote. */
  message: string | null;
  /** The quote's secret link: whoever has it can read and answer the quote. */
  secureUrl: string;
  validUntil: string | null;
}

export function quoteSent(locale: Locale, d: QuoteSentData): RenderedEmail {
  return pick(locale, {
    en: () =>
      compose(
        `Your quote ${d.quoteNumber} from ${d.instructorName}`,
        [
          `Hello ${d.recipientName},`,
          `${d.instructorName} has sent you the quote ${d.quoteNumber}: ${d.total}.`,
          ...(d.message ? [d.message] : []),
          ...(d.validUntil ? [`It is valid until ${d.validUntil}.`] : []),
          "This link is personal: do not share it.",
        ],
        { label: "Read and answer the quote", url: d.secureUrl },
      ),
    fr: () =>
      compose(
        `Votre devis ${d.quoteNumber} de ${d.instructorName}`,
        [
          `Bonjour ${d.recipientName},`,
          `${d.instructorName} vous a envoyé le devis ${d.quoteNumber} : ${d.total}.`,
          ...(d.message ? [d.message] : []),
          ...(d.validUntil ? [`Il est valable jusqu'au ${d.validUntil}.`] : []),
          "Ce lien est personnel : ne le partagez pas.",
        ],
        { label: "Lire et répondre au devis", url: d.secureUrl },
      ),
  })();
}

export interface QuoteAnsweredData {
  instructorName: string;
  quoteNumber: string;
  clientName: string;
  accepted: boolean;
  message: string | null;
  url: string;
}

/** To the instructor, when the client accepts or declines. */
export function quoteAnswered(locale: Locale, d: QuoteAnsweredData): RenderedEmail {
  return pick(locale, {
    en: () =>
      compose(
        `Quote ${d.quoteNumber} ${d.accepted ? "accepted" : "declined"} by ${d.clientName}`,
        [
          `Hello ${d.instructorName},`,
          `${d.clientName} has ${d.accepted ? "accepted" : "declined"} the quote ${d.quoteNumber}.`,
          ...(d.message ? [`Their message: ${d.message}`] : []),
        ],
        { label: "Open the quote", url: d.url },
      ),
    fr: () =>
      compose(
        `Devis ${d.quoteNumber} ${d.accepted ? "accepté" : "refusé"} par ${d.clientName}`,
        [
          `Bonjour ${d.instructorName},`,
          `${d.clientName} a ${d.accepted ? "accepté" : "refusé"} le devis ${d.quoteNumber}.`,
          ...(d.message ? [`Son message : ${d.message}`] : []),
        ],
        { label: "Ouvrir le devis", url: d.url },
      ),
  })();
}
