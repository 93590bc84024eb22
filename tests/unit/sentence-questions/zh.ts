import type { SentenceQuestion } from './types';

/**
 * 中文整句问题：中国用户遇到问题时在搜索框里打的话，口语、第一人称，夹杂 USDT、TRC20、P2P、KYC、2FA、App
 * 等英文词，有些带拼音输入法的错别字或漏字（帐户、体现、验证吗、登陆、冲值、手序费、申述、谷歌验证）。
 * 每条列出真正解答它的文章，最好的在前。依据文章内容写成，而不是依据当前搜索结果。
 */
export const questions: SentenceQuestion[] = [
  // getting-started
  { query: '我是小白第一次玩币，想注册个账号，用手机号还是邮箱注册好', answers: ['create-account'] },
  { query: '客服一直让我发UID，我在App里找了半天也没找到在哪', answers: ['find-your-uid'] },
  { query: '电脑上登陆能不能用手机App扫码，不想每次都输密码', answers: ['log-in'] },
  { query: '我刚做完实名，想往账户里充点钱，第一次充值应该怎么弄', answers: ['make-your-first-deposit', 'deposit-crypto'] },
  { query: '账户里已经有U了，想买点比特币，第一次下单不太会操作', answers: ['place-your-first-trade', 'spot-trading-basics'] },
  { query: '刚注册完，听说好多人被盗号，我要先做哪些安全设置', answers: ['secure-your-new-account', 'enable-2fa'] },
  { query: '资金账户和现货账户到底有什么区别，我都被搞晕了', answers: ['glossary', 'transfer-between-accounts'] },

  // account-access
  { query: '密码输错太多次账户被锁住了', answers: ['locked-account'] },
  { query: '我忘了登录密码进不去账户了，怎么重新设置一个', answers: ['reset-password'] },
  { query: '手机丢了，谷歌验证也跟着没了，密码我还记得，现在登不上去怎么办', answers: ['lost-2fa-device'] },
  { query: '密码忘了，以前绑定的手机号也停机了收不到验证码，我的账号还能找回来吗', answers: ['lost-password-and-2fa'] },
  { query: '登录的时候短信验证吗一直收不到，点了好几次重新发送都没用', answers: ['verification-code-not-received'] },
  { query: '我换了新手机号，想把帐户绑定的手机号改掉，但是旧号码已经注销了', answers: ['change-email-or-phone'] },
  { query: '昨天刚改了密码，今天提币提示24小时内不能提现，这是什么情况', answers: ['withdrawal-hold-after-security-change'] },
  { query: '急！我的账户被风控冻结了，显示正在审核，钱一分都提不出来，要多久才能解冻', answers: ['account-restricted'] },
  { query: 'App和网页都登不上去，一直提示错误，我到底该怎么办', answers: ['cant-log-in'] },

  // account-security
  { query: '我的帐户被盗了，里面的USDT被人提走了，绑定的邮箱也被改了，现在该怎么办', answers: ['account-compromised'] },
  { query: '收到一封邮件说我的账户有异常，让我点链接验证身份，这是不是骗子发的', answers: ['recognize-phishing-and-scams', 'anti-phishing-code'] },
  { query: '我想设置那个在官方邮件里显示的防钓鱼码，在哪里弄', answers: ['anti-phishing-code'] },
  { query: '换了新手机，旧手机还在，谷歌验证器要怎么转到新手机上', answers: ['change-2fa-method', 'lost-2fa-device'] },
  { query: '我发现有个陌生设备在外地登录了我的账号，怎么把它踢下线', answers: ['manage-devices-and-sessions', 'account-compromised'] },
  { query: '我想开启2FA，绑定谷歌验证器的步骤是什么', answers: ['enable-2fa'] },
  { query: '我想设置成只能提币到我自己的地址，有没有白名单这种功能', answers: ['withdrawal-address-allowlist'] },
  { query: '我不小心把API的Secret Key发到群里了，会不会被人盗币，要怎么处理', answers: ['rotate-api-keys', 'api-key-safety'] },

  // verification
  { query: '我的KYC一直不通过，说照片不清晰，已经被拒两次了，到底要怎么拍', answers: ['verification-rejected', 'accepted-documents'] },
  { query: '实名认证提交好几天了还显示审核中，是不是卡住了', answers: ['verification-pending'] },
  { query: '人脸识别一直失败，换了好几个手机也不行，我该怎么办', answers: ['selfie-and-liveness-check'] },
  { query: '我没有护照，实名认证能用驾照或者身份证吗', answers: ['accepted-documents'] },
  { query: '我的身份证过期了换了新的，需要重新实名认证吗', answers: ['update-personal-information'] },
  { query: '我现在每天最多能提现多少，怎么才能提高额度', answers: ['verification-levels'] },
  { query: '我想做实名认证开始交易，需要提前准备什么东西', answers: ['verify-your-identity'] },

  // deposits-withdrawals
  { query: '为什么我提现了对方还没有收到钱呢', answers: ['withdrawal-pending-or-missing'] },
  { query: '转XRP的时候忘了填标签，怎么找回', answers: ['memo-and-tag'] },
  { query: '我从别的交易所转了U过来，两个多小时了还没到账，急死了', answers: ['deposit-not-arrived'] },
  { query: '我体现到钱包一直显示处理中，都一天了还没好', answers: ['withdrawal-pending-or-missing'] },
  { query: '我充USDT的时候选的是ERC20，可是我的充值地址是TRC20的，这钱还能找回来吗', answers: ['wrong-network-deposit'] },
  { query: '转U应该选TRC20还是ERC20，我怕选错了币就没了', answers: ['choose-the-right-network'] },
  { query: '我想把币提到自己的冷钱包里，提币要怎么操作', answers: ['withdraw-crypto'] },
  { query: '我的ETH冲值地址在哪里看，要从小狐狸钱包转过来', answers: ['deposit-crypto'] },
  { query: '提币失败了还显示被拒绝，我的钱去哪了', answers: ['withdrawal-failed-or-rejected'] },
  { query: '提比特币要多少手序费，一般多久能到', answers: ['fees-and-processing-times'] },
  { query: '对方平台让我提供提币的交易哈希，我在哪能找到', answers: ['find-transaction-id'] },
  { query: '我想把手上的U换成钱提到银行卡，怎么出金', answers: ['cash-out-to-bank', 'buy-crypto-with-fiat'] },
  { query: '这个币为什么暂停充值了，说是钱包维护，我已经转过去一笔了怎么办', answers: ['deposits-withdrawals-suspended'] },
  { query: '我往充值地址转了一个平台不支持的币，还有办法找回吗', answers: ['unsupported-token-or-old-address'] },
  { query: '我转到了以前的旧充值地址，这笔钱还会到账吗', answers: ['unsupported-token-or-old-address'] },
  { query: '提币的时候让我填收款人姓名，还问是交易所还是个人钱包，为什么要填这些', answers: ['travel-rule'] },
  { query: '我的币一直放在平台上，有空投的话我能领到吗', answers: ['airdrops-and-forks'] },
  { query: '充比特币要几个区块确认才能到账啊', answers: ['fees-and-processing-times', 'deposits-withdrawals-faq'] },

  // trading
  { query: '我在P2P上买U已经付款一个小时了，卖家一直不放币，也不回消息怎么办', answers: ['p2p-disputes'] },
  { query: '卖家收了钱不放币，我想申述，按钮在哪里', answers: ['p2p-disputes'] },
  { query: '买家发了个付款截图给我，但是我银行卡没收到钱，要不要放币', answers: ['p2p-safety', 'p2p-disputes'] },
  { query: '在P2P卖了U之后银行卡被冻了，现在卡用不了怎么办', answers: ['p2p-disputes'] },
  { query: '第一次用P2P买币，跟个人交易安全吗，流程是怎么样的', answers: ['p2p-trading', 'p2p-safety'] },
  { query: '用信用卡买币一直支付失败，换了好几张卡都不行', answers: ['card-payment-failed'] },
  { query: '银行卡已经扣钱了，但是币一直没到账，都一天了', answers: ['card-payment-failed'] },
  { query: '想用银行卡直接买点ETH，买完的币在哪个账户里', answers: ['buy-crypto-with-fiat'] },
  { query: '账户里有好多币都只剩一点点零头，能不能一键换成USDT', answers: ['convert-and-small-balances'] },
  { query: '我拿着的币要下架了，我的币会不会就没了', answers: ['token-delisting'] },
  { query: '我的合约仓位被强平了，保证金全没了，为什么这么快就爆仓', answers: ['liquidation'] },
  { query: '我想设置止损，止损限价单和普通限价单有什么区别', answers: ['order-types'] },
  { query: '开合约的时候提示余额不足，可是我现货账户里明明有USDT', answers: ['transfer-between-accounts'] },
  { query: '在P2P买的U在现货里看不到，余额显示0，币跑哪去了', answers: ['transfer-between-accounts'] },
  { query: '现货交易手续费是多少，挂单和吃单收费不一样吗', answers: ['trading-fees'] },
  { query: '杠杆交易是怎么借币的，最多能开几倍', answers: ['margin-trading'] },
  { query: '合约的资金费率是什么，为什么每隔几个小时就扣我钱', answers: ['futures-basics'] },

  // account-management
  { query: '我爸去世了，他在这个平台上有币，我们家属怎么才能把钱取出来', answers: ['account-holder-deceased'] },
  { query: '我不想玩了，想把账号彻底注销掉，个人信息也删掉', answers: ['close-your-account'] },
  { query: '报税需要今年所有的交易记录，在哪里可以导出来', answers: ['export-transaction-history'] },
  { query: '我想给量化机器人单独开个小号，子账户怎么开', answers: ['sub-accounts'] },
  { query: '我在国内用需要开VPN翻墙吗，会不会被封号', answers: ['supported-regions'] },

  // api
  { query: '我用Python写了个量化机器人，API请求老是返回签名错误，签名到底怎么算', answers: ['api-authentication'] },
  { query: 'API一直报429错误，后来又变成418，是不是我的IP被封了', answers: ['api-rate-limits-and-errors'] },
  { query: '我想给量化机器人创建一个API密钥，要不要开提现权限', answers: ['create-api-key', 'api-key-permissions'] },
  { query: '我是开发者想接入你们的API，接口地址是多少，从哪开始看', answers: ['api-overview'] },

  // support
  { query: '我提交的工单两天了都没人回复，你们客服一般多久回', answers: ['response-times'] },
  { query: '在线客服一直是机器人在回答，怎么转人工', answers: ['live-chat', 'contact-support'] },
  { query: '有个电报上自称官方客服的人要我的验证码，说帮我解冻提现，是真的吗', answers: ['support-never-asks', 'official-channels', 'recognize-phishing-and-scams'] },
  { query: '充值没到账要找客服，我需要准备哪些资料给他们', answers: ['prepare-before-contacting', 'deposit-not-arrived'] },
  { query: '怎么提交工单啊，能不能上传截图', answers: ['submit-a-request'] },
  { query: '客服老是反复问我问题，我该怎么写才能让他们一次看懂', answers: ['write-a-clear-request'] },
  { query: '我登录不了账号，还能通过什么方式联系到客服', answers: ['contact-support', 'cant-log-in'] },

  // faq
  { query: '平台有没有资金密码，我提币的时候怎么不用输', answers: ['security-faq', 'glossary'] },
  { query: '问一下，我的UID在哪看，还有为什么一直收不到验证码', answers: ['account-faq', 'find-your-uid', 'verification-code-not-received'] },
  { query: '限价单和市价单有什么区别，手续费各是多少', answers: ['trading-faq', 'order-types', 'trading-fees'] },
  { query: '我再加一个通行密钥当第二个2FA，会不会又暂停提现', answers: ['security-faq', 'change-2fa-method', 'withdrawal-hold-after-security-change'] },
  { query: 'KYC是什么意思，为什么非要做实名认证', answers: ['verification-faq', 'glossary'] },
];
