import { admin } from "./messages/admin";
import { adminOperations } from "./messages/admin-operations";
import { authoring } from "./messages/authoring";
import { catalog, course } from "./messages/catalog";
import { common } from "./messages/common";
import { enums } from "./messages/enums";
import { instructor } from "./messages/instructor";
import { certificates, contact, learning } from "./messages/learning";
import { notifications } from "./messages/notifications";
import { payments } from "./messages/payments";
import { quotes } from "./messages/quotes";
import { auth, nav, userErrors } from "./messages/shell";
import { student } from "./messages/student";
import { teaching } from "./messages/teaching";
import { bookings, tutoring } from "./messages/tutoring";

const features = {
  common,
  nav,
  auth,
  userErrors,
  enums,
  catalog,
  course,
  tutoring,
  bookings,
  payments,
  notifications,
  quotes,
  certificates,
  learning,
  contact,
  admin,
  adminOperations,
  teaching,
  student,
  instructor,
  authoring,
};

type Features = typeof features;
type Language = "en" | "fr";
type Bundle<L extends Language> = { [K in keyof Features]: Features[K][L] };

function bundle<L extends Language>(language: L): Bundle<L> {
  const entries = Object.entries(features).map(([name, messages]) => [name, messages[language]]);
  return Object.fromEntries(entries) as Bundle<L>;
}

export const english = bundle("en");

export const resources = {
  en: { translation: english },
  fr: { translation: bundle("fr") },
};
