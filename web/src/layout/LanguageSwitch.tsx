import { useId } from "react";
import { useTranslation } from "react-i18next";
import { changeLocale, isLocale } from "../i18n/i18n";

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id} className="visually-hidden">
        {t("nav.language")}
      </label>
      <select
        id={id}
        value={i18n.resolvedLanguage}
        onChange={(event) => {
          if (isLocale(event.target.value)) void changeLocale(event.target.value);
        }}
      >
        <option value="en" lang="en">
          {t("nav.english")}
        </option>
        <option value="fr" lang="fr">
          {t("nav.french")}
        </option>
      </select>
    </div>
  );
}
