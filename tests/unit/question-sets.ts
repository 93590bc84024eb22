import { questions as keywordAccount } from './customer-questions/account';
import { questions as keywordCoins } from './customer-questions/coins';
import { questions as keywordFacts } from './customer-questions/facts';
import { questions as keywordMoney } from './customer-questions/money';
import { questions as keywordRecovery } from './customer-questions/recovery';
import { questions as sentencesEn } from './sentence-questions/en';
import { questions as sentencesZh } from './sentence-questions/zh';
import type { JudgedQuestion } from '../../lib/search/quality';

/**
 * The judged question sets, in one place for the quality tests and `npm run bench:search`:
 * short keyword questions (customer-questions/) and whole sentences as people type them.
 */
export function keywordQuestions(locale: string): JudgedQuestion[] {
  return [keywordAccount, keywordCoins, keywordFacts, keywordMoney, keywordRecovery]
    .flat()
    .filter((question) => question.locale === locale)
    .map((question) => ({ query: question.query, answers: [question.expect, ...(question.also ?? [])] }));
}

export function sentenceQuestions(locale: string): JudgedQuestion[] {
  return locale === 'zh' ? sentencesZh : locale === 'en' ? sentencesEn : [];
}
