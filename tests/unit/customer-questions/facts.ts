import type { CustomerQuestion } from './types';

/**
 * Questions about the facts corrected for issue 8 (group "facts"): adding margin before liquidation,
 * what a confirmation is and how many are needed, the memo/tag recovery fee, and selling crypto
 * with the Sell tab of Buy crypto.
 */
export const questions: CustomerQuestion[] = [
  // Adding margin to keep a position from being liquidated
  { locale: 'en', query: 'how do I add margin to my position', expect: 'liquidation' },
  { locale: 'en', query: 'liquidation price too close what can I do', expect: 'liquidation' },
  { locale: 'en', query: 'top up margin so I dont get liquidated', expect: 'liquidation' },
  { locale: 'en', query: 'put more usdt into isolated position', expect: 'liquidation' },
  { locale: 'zh', query: '怎么追加保证金', expect: 'liquidation' },
  { locale: 'zh', query: '快爆仓了怎么加保证金', expect: 'liquidation' },
  { locale: 'zh', query: '强平价格太近了怎么办', expect: 'liquidation' },
  { locale: 'zh', query: '逐仓怎么补保证金', expect: 'liquidation' },

  // What a confirmation is, and how many a deposit needs
  { locale: 'en', query: 'how many confirmations for a bitcoin deposit', expect: 'fees-and-processing-times', also: ['deposits-withdrawals-faq'] },
  { locale: 'en', query: 'what does block confirmation mean', expect: 'fees-and-processing-times', also: ['glossary', 'deposits-withdrawals-faq'] },
  { locale: 'en', query: 'deposit shows 1 confirmation how many needed', expect: 'fees-and-processing-times', also: ['deposits-withdrawals-faq', 'deposit-not-arrived'] },
  { locale: 'en', query: 'ethereum confirmations required', expect: 'fees-and-processing-times', also: ['deposits-withdrawals-faq'] },
  { locale: 'zh', query: '比特币充值要几个确认', expect: 'fees-and-processing-times', also: ['deposits-withdrawals-faq'] },
  { locale: 'zh', query: '区块确认是什么意思', expect: 'fees-and-processing-times', also: ['glossary', 'deposits-withdrawals-faq'] },
  { locale: 'zh', query: '还差几个确认才能到账', expect: 'fees-and-processing-times', also: ['deposits-withdrawals-faq', 'deposit-not-arrived'] },
  { locale: 'zh', query: '以太坊要多少个确认数', expect: 'fees-and-processing-times', also: ['deposits-withdrawals-faq'] },

  // The recovery fee for a deposit sent without a memo or tag
  { locale: 'en', query: 'forgot memo recovery fee', expect: 'memo-and-tag' },
  { locale: 'en', query: 'do I have to pay to get back xrp sent without tag', expect: 'memo-and-tag' },
  { locale: 'en', query: 'someone wants a fee to recover my missing memo deposit', expect: 'memo-and-tag' },
  { locale: 'en', query: 'how much does memo recovery cost', expect: 'memo-and-tag' },
  { locale: 'zh', query: '漏填memo找回要收费吗', expect: 'memo-and-tag' },
  { locale: 'zh', query: '忘记填标签找回手续费', expect: 'memo-and-tag' },
  { locale: 'zh', query: '有人说先交钱帮我找回没填备注的币', expect: 'memo-and-tag' },
  { locale: 'zh', query: 'XRP没填标签找回扣多少钱', expect: 'memo-and-tag' },

  // Selling crypto with the Sell tab of Buy crypto
  { locale: 'en', query: 'sell crypto to my bank account', expect: 'buy-crypto-with-fiat', also: ['cash-out-to-bank'] },
  { locale: 'en', query: 'where is the sell tab in buy crypto', expect: 'buy-crypto-with-fiat' },
  { locale: 'en', query: 'sell bitcoin for dollars', expect: 'buy-crypto-with-fiat', also: ['cash-out-to-bank'] },
  { locale: 'en', query: 'can I sell usdt where I bought it with my card', expect: 'buy-crypto-with-fiat' },
  { locale: 'zh', query: '怎么把币卖了钱打到银行卡', expect: 'buy-crypto-with-fiat', also: ['cash-out-to-bank'] },
  { locale: 'zh', query: '买币页面能卖币吗', expect: 'buy-crypto-with-fiat' },
  { locale: 'zh', query: '卖币到银行卡要多久', expect: 'buy-crypto-with-fiat', also: ['cash-out-to-bank'] },
  { locale: 'zh', query: '刷卡买的USDT怎么卖掉', expect: 'buy-crypto-with-fiat' },
];
