import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

function remaining(deadline: string, now: number) {
  return Math.max(0, Math.ceil((Date.parse(deadline) - now) / 1000));
}

export function formatClock(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return `${minutes}:${String(rest).padStart(2, "0")}`;
}

/**
 * Counts down to the attempt's deadline (the server's clock decides; this is
 * the learner's view of it) and calls onExpire once when it reaches zero.
 * Screen readers hear the time each minute, not every second.
 */
export function QuizTimer({ deadline, onExpire }: { deadline: string; onExpire: () => void }) {
  const { t } = useTranslation();
  const [seconds, setSeconds] = useState(() => remaining(deadline, Date.now()));

  useEffect(() => {
    const timer = setInterval(() => setSeconds(remaining(deadline, Date.now())), 1000);
    return () => clearInterval(timer);
  }, [deadline]);

  useEffect(() => {
    if (seconds === 0) onExpire();
  }, [seconds, onExpire]);

  const urgent = seconds <= 60;
  return (
    <div className={`quiz-timer${urgent ? " quiz-timer--urgent" : ""}`}>
      <span aria-hidden="true">{t("learning.timeLeft", { time: formatClock(seconds) })}</span>
      <span className="visually-hidden" aria-live="polite">
        {seconds % 60 === 0 || seconds <= 10 ? t("learning.timeLeft", { time: formatClock(seconds) }) : ""}
      </span>
    </div>
  );
}
