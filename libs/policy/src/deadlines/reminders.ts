/** How long before a deadline falls due its handler is reminded: 24 hours. */
export const REMINDER_LEAD_MS = 24 * 3600 * 1000;

/** The instant a deadline's reminder is sent. */
export const reminderAt = (dueAt: Date): Date => new Date(dueAt.getTime() - REMINDER_LEAD_MS);
