/** Recovery phrases from the BIP-39 Chinese lists, simplified and traditional (see ./secrets.ts). */
import { wordlist as simplifiedChineseWordlist } from '@scure/bip39/wordlists/simplified-chinese.js';
import { wordlist as traditionalChineseWordlist } from '@scure/bip39/wordlists/traditional-chinese.js';
import type { SecretFinding } from './secret-finding';
import { appendMerged, HORIZONTAL_SPACE_ONLY, isPhraseGap, MAX_PHRASE_WORDS, MIN_PHRASE_WORDS, PHRASE_LENGTHS, phraseFinding } from './secret-phrase-layout';

/**
 * The simplified and traditional lists are index-aligned (這 and 这 are both word 9), and both are
 * ordered by how common the character is. So a character's index is its commonness rank, and mapping a
 * traditional character to its simplified twin lets one set of prose markers serve both scripts.
 */
const CHINESE_RANK: ReadonlyMap<string, number> = new Map([
  ...traditionalChineseWordlist.map((character, index) => [character, index] as const),
  ...simplifiedChineseWordlist.map((character, index) => [character, index] as const),
]);

function isChineseListCharacter(character: string): boolean {
  return CHINESE_RANK.has(character);
}

function toSimplified(character: string): string {
  const rank = CHINESE_RANK.get(character);
  return rank === undefined ? character : (simplifiedChineseWordlist[rank] ?? character);
}

/**
 * 97% of the characters in Chinese support prose are on the list (it is the 2048 most common
 * characters), so list membership alone cannot tell a phrase from a sentence. Two layouts can:
 *
 * 1. Separated characters: 12+ list characters each standing alone between spaces, commas, numbering or
 *    line breaks ("的 一 是 …", "1.的 2.一 …", one per line). Chinese prose never puts a separator after
 *    every character, so this is flagged whatever the characters are; no phrase in that layout is missed.
 *    Trade-off: text spaced out character by character (a rare copy-paste artefact) is flagged.
 *
 * 2. Unseparated blocks: a run of list characters (optionally split by spaces only, "的一是在 不了有和")
 *    of exactly 12, 15, 18, 21 or 24 characters, bounded by punctuation, other characters or the label
 *    "助记词", that does not read like prose (see looksLikeChineseProse). The inherent ambiguity is here:
 *    some phrases read like prose and some prose does not. Measured against 60 000 random phrases, ~0.3%
 *    of 12-character and ~0.2% of 24-character unseparated phrases are missed (about equally for holding
 *    a prose word and for a low mean rank). On the help center's zh articles (~85 000 characters, 495 exact-length runs)
 *    nothing is flagged, but only because CHINESE_PROSE_WORDS was completed with the words of the 11
 *    formal runs flagged before ("止损限价单触发了却没成交"); on 15 700 characters of other software's
 *    zh UI strings, 2 were flagged before 4 more general words were added. Customers' own sentences,
 *    heavier in 我/了/吗 (35% function characters against 24% in the articles), fare better than articles.
 *    Longer runs are never cut into windows, which would flag far more prose; a phrase glued to other
 *    words without a separator ("请看的一是在…") is therefore missed unless it stands alone or follows
 *    "助记词".
 */
const CHINESE_PHRASE_LABEL = /(?:我的)?(?:钱包)?(?:助记词|恢复短语|种子短语|种子词|备份短语)(?:是|为|為)?/g;

/**
 * Particles, pronouns and connectives that prose cannot do without: 3% of a random phrase (63 of 2048),
 * a quarter to a third of prose. More than 3 per 12 characters is prose; a random 12-character phrase
 * has that many once in ~3000. A stricter line costs far more phrases than it saves sentences: allowing
 * 2 misses 0.5% of random phrases, 1 misses 5%, and none (the simplest rule) 31%. Most prose is caught
 * by the rank test below anyway, since these are the most common characters of all.
 */
const CHINESE_FUNCTION_CHARACTERS: ReadonlySet<string> = new Set(
  Array.from('的了是在不有我你您这那会要就也都和或把被让给到从后前时吗呢吧么什怎请能可以已还没再才很个们他她它着过得地之与及并而但如果因为所'),
);
const MAX_FUNCTION_CHARACTERS_PER_12 = 3;

/**
 * Common words, most of them from support prose. A given pair of characters stands at a given place of a
 * random phrase with probability 1/2048², so these ~300 words turn up in ~0.1% of random 12-character
 * phrases, while nearly every sentence has one ("提现 网络 手续费 验证").
 */
const CHINESE_PROSE_WORDS: ReadonlySet<string> = new Set(
  `我们 你们 他们 自己 这个 那个 这样 那样 这些 那些 什么 怎么 为什么 怎样 一个 一些 一下 一样 一起 一定 一直 已经 还是 但是 因为
所以 如果 虽然 然后 而且 或者 只是 只有 不是 就是 可是 还有 没有 不要 不会 不能 可以 可能 应该 需要 知道 觉得 认为 希望 开始
继续 发现 出现 进行 发生 表示 成为 提供 使用 包括 通过 根据 关于 对于 由于 以及 其中 之间 之后 之前 以后 以前 现在 今天 明天
昨天 时间 时候 小时 分钟 今年 去年 问题 情况 方面 方法 工作 生活 社会 国家 世界 中国 经济 政府 发展 公司 企业 市场 技术 信息
系统 服务 管理 政策 学习 人员 部门 部分 全部 所有 其他 其它 各种 主要 重要 一般 特别 非常 比较 更加 最后 最近 目前 正在 直接
马上 立即 立刻 自动 手动 正常 异常 重新 再次 多次 每次 第一 一次 是否 能否 以上 以下 左右 大约 大概 至少 最多 超过 不到 按照
要求 规定 规则 条件 结果 原因 目的 作用 影响 内容 方式 过程 程序 操作 设置 功能 页面 网站 官网 链接 点击 输入 选择 确认 取消
提交 保存 打开 关闭 登录 注册 下载 安装 更新 升级 版本 手机 电脑 电话 邮箱 邮件 短信 号码 地址 名字 姓名 身份 证件 照片 文件
资料 记录 历史 数据 金额 数量 价格 费用 成本 收益 利润 亏损 余额 资产 资金 交易 订单 买卖 买入 卖出 购买 出售 支付 付款 收款
转出 转入 充值 充币 提现 提币 退款 冻结 解冻 解锁 锁定 限制 风险 安全 保护 保证 合约 杠杆 现货 期货 仓位 平仓 强平 止损 止盈
限价 市价 委托 挂单 吃单 成交 撤单 盘口 行情 手续费 网络 区块 链上 哈希 钱包 代币 币种 法币 客服 帮助 帮忙 谢谢 麻烦 请问 您好
你好 朋友 家人 银行 信用卡 银行卡 法律 国际 金融 环境 验证 认证 实名 审核 失败 成功 错误 用户 密码 消息 显示 告诉 联系 处理
奖励 活动 公告 规定 文章 回复 解决 等待 收到 发送 发给 报价 执行 读取 变量 配置 禁令 骗局 常见 必须 具有 包含 名称
正确`
    .trim()
    .split(/\s+/),
);

/**
 * A phrase's characters are uniform over the list, so their mean log2(rank) is ~9.6; prose leans on the
 * first few hundred (mean ~7). Below 8 (a geometric-mean rank under 256) is prose whatever else it has;
 * a random 12-character phrase falls that low ~0.1% of the time, nine 12-character stretches of prose in ten do.
 */
const MIN_PHRASE_MEAN_LOG_RANK = 8;

interface HanChunk {
  start: number;
  end: number;
  /** The chunk's characters, traditional ones mapped to their simplified twins. */
  characters: string[];
  /** Where the chunk's first character sits in the ProseMarkers arrays. */
  offset: number;
}

/**
 * The prose markers of every chunk's characters laid end to end, as prefix sums, so that testing any
 * block is constant time: a 20 KB paste of space-separated blocks has tens of thousands of candidates.
 */
interface ProseMarkers {
  functionCharactersBefore: Int32Array;
  logRankBefore: Float64Array;
  /** The smallest end of a prose word that starts at or after each position (Infinity when none does). */
  proseWordEndFrom: Float64Array;
}

export function findChineseRecoveryPhrases(text: string): SecretFinding[] {
  const chunks = scanChineseListChunks(text);
  return [...separatedCharacterPhrases(text, chunks), ...unseparatedBlockPhrases(text, chunks)];
}

/** Maximal runs of list characters; any other character, and the label "助记词", ends a run. */
function scanChineseListChunks(text: string): HanChunk[] {
  const labelled = labelPositions(text);
  const chunks: HanChunk[] = [];
  let offset = 0;
  let current: HanChunk | undefined;
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (!labelled[index] && isChineseListCharacter(character)) {
      current ??= { start: index, end: index, characters: [], offset };
      current.characters.push(toSimplified(character));
      current.end = index + 1;
      offset++;
    } else if (current) {
      chunks.push(current);
      current = undefined;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

function labelPositions(text: string): boolean[] {
  const labelled: boolean[] = [];
  for (const match of text.matchAll(CHINESE_PHRASE_LABEL)) {
    for (let index = match.index; index < match.index + match[0].length; index++) labelled[index] = true;
  }
  return labelled;
}

function separatedCharacterPhrases(text: string, chunks: HanChunk[]): SecretFinding[] {
  const findings: SecretFinding[] = [];
  let streak: HanChunk[] = [];
  const closeStreak = () => {
    if (streak.length >= MIN_PHRASE_WORDS) findings.push(phraseFinding(streak[0]!.start, streak[streak.length - 1]!.end));
    streak = [];
  };
  for (const chunk of chunks) {
    const previous = streak.at(-1);
    if (previous && !isPhraseGap(text.slice(previous.end, chunk.start))) closeStreak();
    if (chunk.characters.length === 1) streak.push(chunk);
    else closeStreak();
  }
  closeStreak();
  return findings;
}

/**
 * Every run of consecutive chunks joined by spaces only whose length is a phrase length. A run longer than
 * 24 characters is never a phrase, so each start looks at most 24 chunks ahead. Single characters are
 * left to separatedCharacterPhrases, which flags them whatever they read like; a block never takes one
 * in, or a phrase's last characters and the "导入不了" after them would make a block of their own.
 */
function unseparatedBlockPhrases(text: string, chunks: HanChunk[]): SecretFinding[] {
  const markers = proseMarkers(chunks);
  const joinedToPrevious = chunks.map(
    (chunk, index) => index > 0 && HORIZONTAL_SPACE_ONLY.test(text.slice(chunks[index - 1]!.end, chunk.start)),
  );
  const findings: SecretFinding[] = [];
  for (let first = 0; first < chunks.length; first++) {
    const from = chunks[first]!.offset;
    for (let last = first; last < chunks.length && (last === first || joinedToPrevious[last]); last++) {
      const chunk = chunks[last]!;
      const to = chunk.offset + chunk.characters.length;
      if (to - from > MAX_PHRASE_WORDS) break;
      if (chunk.characters.length === 1) break;
      if (!PHRASE_LENGTHS.has(to - from)) continue;
      if (!looksLikeChineseProse(markers, from, to)) appendMerged(findings, phraseFinding(chunks[first]!.start, chunk.end));
    }
  }
  return findings;
}

function proseMarkers(chunks: HanChunk[]): ProseMarkers {
  // List characters are all in the Basic Multilingual Plane: one UTF-16 unit each, so string index = character index.
  const stream = chunks.map((chunk) => chunk.characters.join('')).join('');
  const functionCharactersBefore = new Int32Array(stream.length + 1);
  const logRankBefore = new Float64Array(stream.length + 1);
  for (let index = 0; index < stream.length; index++) {
    const character = stream[index]!;
    functionCharactersBefore[index + 1] = functionCharactersBefore[index]! + (CHINESE_FUNCTION_CHARACTERS.has(character) ? 1 : 0);
    logRankBefore[index + 1] = logRankBefore[index]! + Math.log2((CHINESE_RANK.get(character) ?? 0) + 1);
  }
  const proseWordEndFrom = new Float64Array(stream.length + 1);
  proseWordEndFrom[stream.length] = Infinity;
  for (let index = stream.length - 1; index >= 0; index--) {
    proseWordEndFrom[index] = Math.min(proseWordEndAt(stream, index), proseWordEndFrom[index + 1]!);
  }
  return { functionCharactersBefore, logRankBefore, proseWordEndFrom };
}

function proseWordEndAt(stream: string, index: number): number {
  if (CHINESE_PROSE_WORDS.has(stream.slice(index, index + 2))) return index + 2;
  if (index + 3 <= stream.length && CHINESE_PROSE_WORDS.has(stream.slice(index, index + 3))) return index + 3;
  return Infinity;
}

/** Whether the characters [from, to) of the markers' stream read like a sentence rather than a phrase. */
function looksLikeChineseProse(markers: ProseMarkers, from: number, to: number): boolean {
  const length = to - from;
  const functionCharacters = markers.functionCharactersBefore[to]! - markers.functionCharactersBefore[from]!;
  if (functionCharacters > (MAX_FUNCTION_CHARACTERS_PER_12 * length) / 12) return true;
  if (markers.proseWordEndFrom[from]! <= to) return true;
  const meanLogRank = (markers.logRankBefore[to]! - markers.logRankBefore[from]!) / length;
  return meanLogRank < MIN_PHRASE_MEAN_LOG_RANK;
}
