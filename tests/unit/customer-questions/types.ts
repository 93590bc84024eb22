/**
 * A question a customer would type, in their own words (not an article title), and the article that
 * must answer it in the top 3 results. `also` lists other articles that answer it equally well.
 */
export interface CustomerQuestion {
  locale: 'en' | 'zh';
  query: string;
  expect: string;
  also?: string[];
}
