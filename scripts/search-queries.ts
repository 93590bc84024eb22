/** The fixed queries the search benchmarks time (bench:search, bench:scale): typos, prefixes, synonyms, questions. */
export const SEARCH_QUERIES: Record<string, string[]> = {
  en: ['reset password', 'withdr', 'passwrod', 'authentcator', 'deposit not arrived', 'how do I enable 2fa', 'cash out',
    'txid', 'api key permissions', 'liquidation price', 'p2p scam', 'identity verification rejected', 'memo tag',
    'locked account', 'trading fees', 'contact support'],
  zh: ['忘记密码', '取钱', '钱到账', '提币', '实名认证', '谷歌验证器', '爆仓', '登陆', '充值没到账', '手续费', 'API 密钥',
    '假客服', '工单', '合约', '冻结', '助记词'],
};
