import type { CustomerQuestion } from './types';

/** Account restrictions and reviews, regions, closing an account, statements, sub-accounts, and a holder who has died. */
export const questions: CustomerQuestion[] = [
  // account-restricted
  { locale: 'en', query: 'my account is frozen', expect: 'account-restricted' },
  { locale: 'en', query: 'account frozen by risk control', expect: 'account-restricted' },
  { locale: 'en', query: 'why is my account under review', expect: 'account-restricted' },
  { locale: 'en', query: 'compliance asking for source of funds', expect: 'account-restricted' },
  { locale: 'en', query: 'funds frozen cannot withdraw', expect: 'account-restricted' },
  { locale: 'en', query: 'account suspended for no reason', expect: 'account-restricted' },
  { locale: 'en', query: 'how long does account review take', expect: 'account-restricted' },
  { locale: 'zh', query: '账户被风控了', expect: 'account-restricted' },
  { locale: 'zh', query: '账户被冻结怎么办', expect: 'account-restricted' },
  { locale: 'zh', query: '资金被冻结', expect: 'account-restricted' },
  { locale: 'zh', query: '账户受限不能交易', expect: 'account-restricted' },
  { locale: 'zh', query: '要求提供资金来源证明', expect: 'account-restricted' },
  { locale: 'zh', query: '账号被封了', expect: 'account-restricted' },
  { locale: 'zh', query: '账号被冻结了怎么解冻', expect: 'account-restricted' },
  { locale: 'zh', query: '怎么解封账号', expect: 'account-restricted' },

  // supported-regions
  { locale: 'en', query: 'is my country supported', expect: 'supported-regions' },
  { locale: 'en', query: 'can I use a VPN', expect: 'supported-regions' },
  { locale: 'en', query: 'moving to another country what happens to my account', expect: 'supported-regions' },
  { locale: 'en', query: 'sanctioned countries list', expect: 'supported-regions' },
  { locale: 'en', query: 'can I trade while traveling abroad', expect: 'supported-regions' },
  { locale: 'zh', query: '哪些国家不能用', expect: 'supported-regions' },
  { locale: 'zh', query: '可以用VPN吗', expect: 'supported-regions' },
  { locale: 'zh', query: '出国旅游还能交易吗', expect: 'supported-regions' },
  { locale: 'zh', query: '搬到受限地区怎么办', expect: 'supported-regions' },
  { locale: 'zh', query: '翻墙登录会封号吗', expect: 'supported-regions' },

  // close-your-account
  { locale: 'en', query: 'delete my account', expect: 'close-your-account' },
  { locale: 'en', query: 'how to close my account permanently', expect: 'close-your-account' },
  { locale: 'en', query: 'remove my account and data', expect: 'close-your-account' },
  { locale: 'en', query: 'can a closed account be reopened', expect: 'close-your-account' },
  { locale: 'zh', query: '注销账户', expect: 'close-your-account' },
  { locale: 'zh', query: '怎么删除账号', expect: 'close-your-account' },
  { locale: 'zh', query: '销户', expect: 'close-your-account' },
  { locale: 'zh', query: '注销后还能恢复吗', expect: 'close-your-account' },

  // export-transaction-history
  { locale: 'en', query: 'download trade history csv', expect: 'export-transaction-history' },
  { locale: 'en', query: 'crypto tax report', expect: 'export-transaction-history' },
  { locale: 'en', query: 'statement for my accountant', expect: 'export-transaction-history' },
  { locale: 'en', query: 'proof of balance for bank', expect: 'export-transaction-history' },
  { locale: 'zh', query: '导出交易记录', expect: 'export-transaction-history' },
  { locale: 'zh', query: '报税需要的账单', expect: 'export-transaction-history' },
  { locale: 'zh', query: '对账单在哪下载', expect: 'export-transaction-history' },
  { locale: 'zh', query: '资产证明', expect: 'export-transaction-history' },

  // sub-accounts
  { locale: 'en', query: 'create sub account', expect: 'sub-accounts' },
  { locale: 'en', query: 'separate account for my trading bot', expect: 'sub-accounts' },
  { locale: 'en', query: 'transfer to subaccount', expect: 'sub-accounts' },
  { locale: 'en', query: 'sub account cannot withdraw', expect: 'sub-accounts' },
  { locale: 'zh', query: '怎么开子账号', expect: 'sub-accounts' },
  { locale: 'zh', query: '子账户怎么提现', expect: 'sub-accounts' },
  { locale: 'zh', query: '主账户转到子账户', expect: 'sub-accounts' },
  { locale: 'zh', query: '量化机器人单独一个账户', expect: 'sub-accounts' },

  // account-holder-deceased
  { locale: 'en', query: 'my father passed away his crypto account', expect: 'account-holder-deceased' },
  { locale: 'en', query: 'account owner died', expect: 'account-holder-deceased' },
  { locale: 'en', query: 'inherit crypto from deceased relative', expect: 'account-holder-deceased' },
  { locale: 'en', query: 'executor of estate needs access', expect: 'account-holder-deceased' },
  { locale: 'zh', query: '家人去世了账户怎么办', expect: 'account-holder-deceased' },
  { locale: 'zh', query: '继承父亲的币', expect: 'account-holder-deceased' },
  { locale: 'zh', query: '亲人过世 遗产', expect: 'account-holder-deceased' },
  { locale: 'zh', query: '老公去世了他账户里的钱怎么取出来', expect: 'account-holder-deceased' },
];
