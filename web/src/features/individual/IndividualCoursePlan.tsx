import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format";
import { readCurriculum, readSchedule } from "./individual-plan";

/** The agreed weekly slots, as the instructor set them (the API gives them no zone). */
export function ConfirmedSchedule({ schedule }: { schedule: unknown }) {
  const { t } = useTranslation();
  const format = useFormat();
  const entries = readSchedule(schedule);
  if (!entries.length) return null;
  return (
    <section className="section" aria-labelledby="schedule-title">
      <h2 id="schedule-title">{t("student.individual.schedule")}</h2>
      <ul className="list">
        {entries.map((entry) => (
          <li key={`${entry.weekday}-${entry.time}`}>
            {t("student.individual.weekly", {
              weekday: t(`student.individual.weekdays.${entry.weekday}`),
              time: entry.time,
            })}
            {entry.durationMinutes ? ` · ${format.duration(entry.durationMinutes)}` : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The custom lesson plan, module by module. */
export function Curriculum({ curriculum }: { curriculum: unknown }) {
  const { t } = useTranslation();
  const format = useFormat();
  const modules = readCurriculum(curriculum);
  if (!modules.length) return null;
  return (
    <section className="section" aria-labelledby="curriculum-title">
      <h2 id="curriculum-title">{t("student.individual.curriculum")}</h2>
      <ol className="list">
        {modules.map((module, i) => (
          // Modules have no id; their order is the plan's.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={i}>
            <strong>
              {module.week ? `${t("student.individual.week", { number: module.week })} · ` : null}
              {module.title}
            </strong>
            {module.hours ? ` (${format.duration(module.hours * 60)})` : null}
            {module.topics.length ? <p className="muted">{module.topics.join(", ")}</p> : null}
            {module.objectives ? <p className="prose">{module.objectives}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
