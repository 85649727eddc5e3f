/** The languages people read the system in: Swedish first, English available. A person's, a recipient's. */
export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
