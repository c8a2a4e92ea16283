import { defineMessages } from "../define";

export const notifications = defineMessages({
  en: {
    bell_zero: "Notifications, none unread",
    bell_one: "Notifications, {{count}} unread",
    bell_other: "Notifications, {{count}} unread",
    title: "Notifications",
    loading: "Loading your notifications…",
    empty: "You have no notifications.",
    markAllRead: "Mark all as read",
    unread: "Unread",
    open: "Open",
  },
  fr: {
    bell_zero: "Notifications, aucune non lue",
    bell_one: "Notifications, {{count}} non lue",
    bell_other: "Notifications, {{count}} non lues",
    title: "Notifications",
    loading: "Chargement de vos notifications…",
    empty: "Vous n’avez aucune notification.",
    markAllRead: "Tout marquer comme lu",
    unread: "Non lue",
    open: "Ouvrir",
  },
});
