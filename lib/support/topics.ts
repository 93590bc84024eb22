/**
 * The request form's fixed choices and limits, apart from the schema (request.ts): the form's
 * first paint needs them, and should not wait for zod.
 */
export const REQUEST_TOPICS = ['account', 'security', 'verification', 'deposit', 'withdrawal', 'trading', 'api', 'other'] as const;
export type RequestTopic = (typeof REQUEST_TOPICS)[number];

export const DESCRIPTION_MIN_LENGTH = 20;
export const DESCRIPTION_MAX_LENGTH = 3000;
