// Ids of seeded rows by their stable names, shared by all domain seeders.

import type { PersonKey } from "./data/people.js";
import { seedId } from "./ids.js";

export const userId = (key: PersonKey) => seedId(`user:${key}`);
export const expertId = (key: PersonKey) => seedId(`expert-profile:${key}`);
export const courseId = (slug: string) => seedId(`course:${slug}`);
export const moduleId = (slug: string, module: number) => seedId(`module:${slug}:${module}`);
export const lessonId = (slug: string, module: number, lesson: number) =>
  seedId(`lesson:${slug}:${module}:${lesson}`);
export const enrollmentId = (key: PersonKey, slug: string) => seedId(`enrollment:${key}:${slug}`);
export const tutoringSessionId = (key: string) => seedId(`tutoring-session:${key}`);
export const windowId = (key: string, index: number) => seedId(`availability-window:${key}:${index}`);
export const venueId = (key: string) => seedId(`venue:${key}`);
export const scheduleId = (key: string) => seedId(`schedule:${key}`);
export const bookingId = (key: string) => seedId(`booking:${key}`);
export const transactionId = (key: string) => seedId(`payment-transaction:${key}`);
export const discountCodeId = (code: string) => seedId(`discount-code:${code}`);
export const subscriptionId = (key: string) => seedId(`subscription:${key}`);
export const individualCourseId = (key: string) => seedId(`individual-course:${key}`);
export const contactId = (key: string) => seedId(`contact:${key}`);
export const quoteId = (key: string) => seedId(`quote:${key}`);
export const quizId = (key: string) => seedId(`quiz:${key}`);
export const challengeId = (key: string) => seedId(`code-challenge:${key}`);
export const resourceId = (key: string) => seedId(`resource:${key}`);
export const liveSessionId = (key: string) => seedId(`live-session:${key}`);
export const emailCourseId = (key: string) => seedId(`email-course:${key}`);
