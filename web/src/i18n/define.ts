/** The same keys as the English messages, with any strings: French must translate every key. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

/** English and French messages of one feature, side by side so they stay in step. */
export function defineMessages<const T>(messages: { en: T; fr: Translation<T> }) {
  return messages;
}
