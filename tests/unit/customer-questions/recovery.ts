import type { CustomerQuestion } from './types';

/**
 * Account recovery and emergency freezes: forgot the password and lost 2FA at the same time, freezing
 * a hacked account without logging in, the "fund password" other platforms have, and adding (not
 * switching) a 2FA method.
 */
export const questions: CustomerQuestion[] = [
  // Forgot the password AND lost 2FA (or the SMS phone): the combined account recovery.
  { locale: 'en', query: 'forgot password and lost google authenticator', expect: 'lost-password-and-2fa' },
  { locale: 'en', query: 'lost my phone and forgot my password', expect: 'lost-password-and-2fa' },
  { locale: 'en', query: "can't reset password without 2fa", expect: 'lost-password-and-2fa' },
  { locale: 'en', query: 'forgot password lost phone with sms codes', expect: 'lost-password-and-2fa' },
  { locale: 'zh', query: '忘记密码，谷歌验证器也丢了', expect: 'lost-password-and-2fa' },
  { locale: 'zh', query: '手机号停用了密码也忘了', expect: 'lost-password-and-2fa' },
  { locale: 'zh', query: '密码和谷歌验证器都丢了', expect: 'lost-password-and-2fa' },
  { locale: 'zh', query: '没有验证器怎么重置密码', expect: 'lost-password-and-2fa' },

  // Hacked and locked out: freeze the account without logging in.
  { locale: 'en', query: "account hacked and I can't log in", expect: 'account-compromised' },
  { locale: 'en', query: 'freeze my account without logging in', expect: 'account-compromised' },
  { locale: 'en', query: 'hacker changed my email how do I lock my account', expect: 'account-compromised' },
  { locale: 'en', query: 'disable my account link in email', expect: 'account-compromised' },
  { locale: 'zh', query: '账户被盗了登录不了怎么冻结', expect: 'account-compromised' },
  { locale: 'zh', query: '被盗号了怎么紧急冻结账户', expect: 'account-compromised' },
  { locale: 'zh', query: '邮箱被黑客改了怎么锁定账户', expect: 'account-compromised' },
  { locale: 'zh', query: '登录不了怎么冻结账户', expect: 'account-compromised' },

  // "Fund password" (资金密码 / 交易密码): there is none; 2FA plus an e-mail or SMS code confirms withdrawals.
  { locale: 'en', query: 'fund password', expect: 'security-faq' },
  { locale: 'en', query: 'how to set fund password', expect: 'security-faq' },
  { locale: 'en', query: 'where is the trading password', expect: 'security-faq' },
  { locale: 'en', query: 'withdrawal password', expect: 'security-faq' },
  { locale: 'zh', query: '资金密码', expect: 'security-faq' },
  { locale: 'zh', query: '交易密码', expect: 'security-faq' },
  { locale: 'zh', query: '怎么设置资金密码', expect: 'security-faq' },
  { locale: 'zh', query: '资金密码忘了怎么办', expect: 'security-faq' },
  { locale: 'zh', query: '提现密码在哪里设置', expect: 'security-faq' },

  // Adding (not switching) a 2FA method, and whether it pauses withdrawals (it does not).
  { locale: 'en', query: 'add passkey will withdrawals be paused', expect: 'change-2fa-method' },
  { locale: 'en', query: 'add a second 2fa method', expect: 'change-2fa-method' },
  { locale: 'en', query: 'add backup 2fa method', expect: 'change-2fa-method' },
  { locale: 'en', query: 'adding a security key withdrawal hold', expect: 'change-2fa-method' },
  { locale: 'en', query: 'does adding 2fa pause withdrawals', expect: 'change-2fa-method', also: ['security-faq', 'withdrawal-hold-after-security-change'] },
  { locale: 'zh', query: '添加通行密钥会暂停提现吗', expect: 'change-2fa-method' },
  { locale: 'zh', query: '再加一个双重验证方式', expect: 'change-2fa-method' },
  { locale: 'zh', query: '绑定安全密钥后还能提现吗', expect: 'change-2fa-method' },
  { locale: 'zh', query: '新增2FA方式影响提币吗', expect: 'change-2fa-method' },
];
