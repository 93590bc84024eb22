/** A whole-sentence question as a customer types it, and the articles that answer it (best first). */
export interface SentenceQuestion {
  query: string;
  answers: string[];
}
