import { compose, type Locale, pick, type RenderedEmail } from "./template-kit.js";

export interface CertificateIssuedData {
  recipientName: string;
  courseTitle: string;
  verificationCode: string;
  /** Public verification page of the certificate. */
  url: string;
}

export function certificateIssued(locale: Locale, d: CertificateIssuedData): RenderedEmail {
  return pick(locale, {
    en: () =>
      compose(
        `Your certificate for ${d.courseTitle}`,
        [
          `Congratulations ${d.recipientName}!`,
          `You have earned the certificate for "${d.courseTitle}". Its verification code is ${d.verificationCode}.`,
        ],
        { label: "View your certificate", url: d.url },
      ),
    fr: () =>
      compose(
        `Votre certificat pour ${d.courseTitle}`,
        [
          `Félicitations ${d.recipientName} !`,
          `Vous avez obtenu le certificat de « ${d.courseTitle} ». Son code de vérification est ${d.verificationCode}.`,
        ],
        { label: "Voir votre certificat", url: d.url },
      ),
  })();
}

export interface PasswordResetData {
  recipientName: string;
  resetUrl: string;
  expiresInMinutes: number;
}

export function passwordReset(locale: Locale, d: PasswordResetData): RenderedEmail {
  return pick(locale, {
    en: () =>
      compose(
        "Reset your Campus password",
        [
          `Hello ${d.recipientName},`,
          `Someone asked to reset the password of your Campus account. The link works once, for ${d.expiresInMinutes} minutes.`,
          "If it was not you, ignore this email: your password stays unchanged.",
        ],
        { label: "Choose a new password", url: d.resetUrl },
      ),
    fr: () =>
      compose(
        "Réinitialisez votre mot de passe Campus",
        [
          `Bonjour ${d.recipientName},`,
          `Une réinitialisation du mot de passe de votre compte Campus a été demandée. Le lien est valable une fois, pendant ${d.expiresInMinutes} minutes.`,
          "Si ce n'était pas vous, ignorez ce message : votre mot de passe reste inchangé.",
        ],
        { label: "Choisir un nouveau mot de passe", url: d.resetUrl },
      ),
  })();
}
