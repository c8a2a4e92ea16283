import { createContext, type ReactNode, useContext, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import type { LiveStatus, LiveStatusStore } from "./client";

const idle: LiveStatusStore = { get: () => "idle", subscribe: () => () => {} };
const LiveStatusContext = createContext<LiveStatusStore>(idle);

export function LiveStatusProvider({ store, children }: { store: LiveStatusStore; children: ReactNode }) {
  return <LiveStatusContext.Provider value={store}>{children}</LiveStatusContext.Provider>;
}

export function useLiveStatus(): LiveStatus {
  const store = useContext(LiveStatusContext);
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/** Tells whether the page is receiving live updates (the subscription socket is up). */
export function LiveIndicator() {
  const { t } = useTranslation();
  const status = useLiveStatus();
  const on = status === "connected";
  return (
    <p className={`live-indicator${on ? " live-indicator--on" : ""}`} role="status">
      <span className="live-indicator__dot" aria-hidden="true" />
      {on ? t("common.live") : t("common.liveOff")}
    </p>
  );
}
