import { useTranslation } from "react-i18next";

/** A labelled progress bar that assistive technology reads as a percentage. */
export function ProgressBar({ percent, label }: { percent: number; label: string }) {
  const { t } = useTranslation();
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div className="progress">
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={t("learning.progress", { percent: value })}
      >
        <div className="progress__fill" style={{ width: `${value}%` }} />
      </div>
      <span className="progress__text">{t("learning.progress", { percent: value })}</span>
    </div>
  );
}
