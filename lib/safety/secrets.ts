/**
 * Finds secrets a customer must never share in a support request: a recovery phrase, a private key,
 * a one-time code or a password typed as a value. The support form runs it before anything is sent.
 *
 * Pure and framework-free: it runs in the browser (as the customer types) and on the server (as a last check).
 * Every scan is a single left-to-right pass or a bounded look around one candidate, and every regular
 * expression is either anchored on a short slice or made of a single character class, so hostile input
 * (20 KB of one repeated word, of digits, of labels) stays linear.
 *
 * The rules, and why each line is drawn where it is, are documented next to each detector below.
 */
import { wordlist as englishWordlist } from '@scure/bip39/wordlists/english.js';
import { wordlist as simplifiedChineseWordlist } from '@scure/bip39/wordlists/simplified-chinese.js';
import { wordlist as traditionalChineseWordlist } from '@scure/bip39/wordlists/traditional-chinese.js';

export type SecretKind = 'recovery-phrase' | 'private-key' | 'one-time-code' | 'password';

export interface SecretFinding {
  kind: SecretKind;
  /** UTF-16 index of the first character of the secret in the text given to findSecrets. */
  start: number;
  /** UTF-16 index just after the secret: text.slice(start, end) is the secret itself, without its label. */
  end: number;
}

/**
 * Every secret in `text`, sorted by start and never overlapping. Never throws; anything that is not a
 * string has no secrets.
 */
export function findSecrets(text: string): SecretFinding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  return resolveOverlaps([
    ...findEnglishRecoveryPhrases(text),
    ...findChineseRecoveryPhrases(text),
    ...findPrivateKeys(text),
    ...findPasswords(text),
    ...findOneTimeCodes(text),
  ]);
}

/**
 * The finding's text for display with its middle hidden: first 2 and last 2 characters of a secret of 8
 * or more characters ("ab••••yz"), and nothing at all of a shorter one, where 4 shown characters would be
 * most of the secret (a 6-digit code).
 */
export function maskSecret(text: string, finding: SecretFinding): string {
  const characters = Array.from(text.slice(finding.start, finding.end));
  const hiddenLength = Math.min(characters.length, MAX_MASK_LENGTH);
  if (characters.length < MIN_PARTLY_SHOWN_LENGTH) return MASK_CHARACTER.repeat(hiddenLength);
  const shown = 2;
  return characters.slice(0, shown).join('') + MASK_CHARACTER.repeat(Math.min(characters.length - 2 * shown, MAX_MASK_LENGTH)) + characters.slice(-shown).join('');
}

/** `text` with every secret masked as by maskSecret: what a log line or a preview may show. */
export function redactSecrets(text: string): string {
  let redacted = '';
  let copiedUpTo = 0;
  for (const finding of findSecrets(text)) {
    redacted += text.slice(copiedUpTo, finding.start) + maskSecret(text, finding);
    copiedUpTo = finding.end;
  }
  return redacted + text.slice(copiedUpTo);
}

const MASK_CHARACTER = '•';
const MIN_PARTLY_SHOWN_LENGTH = 8;
/** A 24-word phrase masked in full would be a wall of dots; its length is no use to the reader. */
const MAX_MASK_LENGTH = 12;

// ---------------------------------------------------------------------------------------------------------
// Overlaps
// ---------------------------------------------------------------------------------------------------------

/**
 * When two kinds claim the same characters, the more specific one names the secret: a WIF key after
 * "password:" is a key, "密码是123456" is a password rather than a one-time code.
 */
const KIND_PRIORITY: Record<SecretKind, number> = {
  'private-key': 4,
  'recovery-phrase': 3,
  password: 2,
  'one-time-code': 1,
};

function resolveOverlaps(candidates: SecretFinding[]): SecretFinding[] {
  const ordered = [...candidates].sort(
    (a, b) => a.start - b.start || KIND_PRIORITY[b.kind] - KIND_PRIORITY[a.kind] || b.end - a.end,
  );
  const kept: SecretFinding[] = [];
  for (const candidate of ordered) {
    const last = kept.at(-1);
    if (!last || candidate.start >= last.end) {
      kept.push({ ...candidate });
    } else if (candidate.kind === last.kind) {
      // Two labels before one value ("password: pwd=abc123") still make one secret.
      last.end = Math.max(last.end, candidate.end);
    } else if (KIND_PRIORITY[candidate.kind] > KIND_PRIORITY[last.kind]) {
      kept[kept.length - 1] = { ...candidate };
    }
  }
  return kept;
}

// ---------------------------------------------------------------------------------------------------------
// Recovery phrases: shared layout
// ---------------------------------------------------------------------------------------------------------

const MIN_PHRASE_WORDS = 12;
const MAX_PHRASE_WORDS = 24;
const PHRASE_LENGTHS: ReadonlySet<number> = new Set([12, 15, 18, 21, 24]);

/**
 * What may stand between two words of a phrase as people paste them: spaces, line breaks, commas,
 * numbering ("1.", "2)", "(3)", "4、"), bullets, quotes and brackets of a JSON array. Letters never do,
 * and neither do numbers of 3 or more digits ("sent 250 ..."), which are amounts, not numbering.
 */
const PHRASE_GAP = /^[\s\d.,;:!?()[\]{}<>"'`“”‘’\-–—_+*#/\\|•·、，。；：！？（）【】「」]*$/;
const MAX_PHRASE_GAP_LENGTH = 16;
const THREE_DIGITS = /\d{3}/;

/**
 * A colon right after a word ends a label ("seed phrase: …", "text:\n1. …"), and a full stop, "!" or "?"
 * right after a word ends a sentence ("… toilet. Can you help"): the phrase starts after them, or ends
 * before them. Numbering ("2: word", "3. word") puts a digit before its colon or stop, and is kept.
 */
const LABEL_OR_SENTENCE_END = /^[^\d]*[:：.!?。！？]/;

function isPhraseGap(gap: string): boolean {
  return gap.length <= MAX_PHRASE_GAP_LENGTH && PHRASE_GAP.test(gap) && !THREE_DIGITS.test(gap) && !LABEL_OR_SENTENCE_END.test(gap);
}

/** Spaces join the blocks of one line ("的一是在 不了有和"); a line break more often ends a heading or a sentence. */
const HORIZONTAL_SPACE_ONLY = /^[ \t\u3000]*$/;

// ---------------------------------------------------------------------------------------------------------
// Recovery phrases: English
// ---------------------------------------------------------------------------------------------------------

const ENGLISH_LIST_WORDS: ReadonlySet<string> = new Set(englishWordlist);

/**
 * List words that ordinary support messages are made of. A quarter of the BIP-39 list is everyday English
 * ("about, again, all, also, amount, answer, check, help, please, that, this, what, when, you ..."), and
 * a telegraphic message can string 12 of them together ("please help, you can check that this amount will
 * arrive when you have time"). A phrase is 12+ words drawn uniformly from 2048, so only ~27% of its words
 * are in this set; see UNCOMMON_WORDS_THAT_MAKE_A_PHRASE for the line drawn with it.
 * Exported for the test that keeps every entry on the BIP-39 list.
 */
export const COMMON_ENGLISH_LIST_WORDS: ReadonlySet<string> = new Set(
  `
about above access account across action actual add address admit afford again age agent agree ahead alert all allow almost alone
already also always among amount another answer any apart appear area around arrive ask asset attend avoid aware away balance
base basic because become before begin behind believe below best better between beyond bonus boost bring broken brother budget
business busy buyer call can cancel capable card case cash catch cause certain change charge chat cheap check choice choose claim
clean click client close code coin come common company confirm connect consider control copy correct cost country course cover
credit current day deal decide decline decrease delay deliver demand deny deposit describe detail detect device differ digital
direct display document double draft drop during early earn easily easy edit effort either else empty enable end enough ensure
enter entire entry equal error evidence exact example exchange excuse exist exit expect expire explain extra false family fee
feel few figure file final find fine finish first fix flag follow forget forward found friend front future gain general give glad
good great group guess guide half hand happy hard have help hidden high history hold home hope hour huge idea identify ignore
illegal image improve include income increase indicate inform input inside install interest into invest invite issue item job
join just keep key kind know large later law learn leave left legal lend letter level like limit link list little live load loan
local lock long love lucky mail main major make manage manual market match matter maximum mean media member memory mention
message method middle million minimum minor minute miss mistake mobile moment month more morning move much must myself name near
need negative network never news next nice night normal note nothing notice now number obtain obvious offer office often okay old
once one online only open option order ordinary original other outside over own owner page pair paper party pass pause payment
people perfect permit person phone photo phrase picture place please point police possible post power prefer prepare present
pretty prevent price print priority private problem process profit program project promote proof protect provide public pull
purchase purpose push put quality question quick quit quote raise random range rate rather ready real reason receive record
reduce refuse region regret regular reject release remain remember remind remove renew repair repeat replace report require
rescue response result return review reward right risk round rule run safe same save say scan screen search second secret section
security seed select sell sense series service session settle setup seven share shift short side sign simple since six size slow
small smart social solution solve someone soon sorry sort sound source speak special speed spend spot staff stage start state
stay step still stock story strong stuff subject submit success such sudden suggest supply sure surprise suspect swap switch
system talk target task team tell ten term test text thank that then there they thing this three ticket time today together token
tomorrow tonight tool top total track trade transfer trouble true truly trust try turn twelve twenty twice two type under unable
unfair unknown unlock until unusual update upgrade upon usage use used useful usual valid verify version very video view visit
wait want way weekend welcome what when where will win wish wonder word work world worry worth write wrong year you zero
`
    .trim()
    .split(/\s+/)
    .filter((word) => ENGLISH_LIST_WORDS.has(word)),
);

/**
 * The line between a phrase and prose, for a window of 12 consecutive list words written plainly
 * (spaces, commas): a phrase has at least 2 words outside COMMON_ENGLISH_LIST_WORDS in it.
 *
 * Why 2: ordinary sentences are made almost only of common words, so 2 uncommon list words inside a
 * 12-word run of list words (itself rare: "I, my, the, a, to, of, and, is, it, was, for, with, not" are
 * not on the list and break every run) is already unusual prose. A random phrase fails the test only if
 * 11 or 12 of its 12 words are common: with 27% of the list common that is ~6 in a million, and a
 * 24-word phrase has 13 windows to pass in (no miss in 120 000 random phrases of either length, in six
 * layouts). Trade-off: a message of 12+ list words in a row, two of them outside the set, is flagged;
 * rewording it clears the warning.
 */
const UNCOMMON_WORDS_THAT_MAKE_A_PHRASE = 2;

/**
 * Numbered words ("1. abandon 2. ability") or one word per line is how wallets display a phrase and
 * nothing prose does for 12 words in a row; then the phrase is flagged even if its words are common.
 */
const LAYOUT_GAP_SHARE = 0.8;

interface WordToken {
  start: number;
  end: number;
  word: string;
}

function scanLatinWords(text: string): WordToken[] {
  const words: WordToken[] = [];
  for (const match of text.matchAll(/[A-Za-z]+/g)) {
    words.push({ start: match.index, end: match.index + match[0].length, word: match[0].toLowerCase() });
  }
  return words;
}

/** Maximal runs of list words with only phrase gaps between them: any other word ends a run. */
function englishListWordRuns(text: string): WordToken[][] {
  const runs: WordToken[][] = [];
  let run: WordToken[] = [];
  for (const token of scanLatinWords(text)) {
    const previous = run.at(-1);
    const continuesRun = previous !== undefined && isPhraseGap(text.slice(previous.end, token.start));
    if (!continuesRun && run.length > 0) {
      runs.push(run);
      run = [];
    }
    if (ENGLISH_LIST_WORDS.has(token.word)) run.push(token);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs.filter((candidate) => candidate.length >= MIN_PHRASE_WORDS);
}

function findEnglishRecoveryPhrases(text: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  for (const run of englishListWordRuns(text)) {
    if (hasWalletLayout(text, run)) findings.push(phraseFinding(run[0]!.start, run[run.length - 1]!.end));
    else findings.push(...windowsWithUncommonWords(run));
  }
  return findings;
}

function hasWalletLayout(text: string, run: WordToken[]): boolean {
  let numbered = 0;
  let oneLinePerWord = 0;
  for (let index = 1; index < run.length; index++) {
    const gap = text.slice(run[index - 1]!.end, run[index]!.start);
    if (/\d/.test(gap)) numbered++;
    if (gap.includes('\n')) oneLinePerWord++;
  }
  const gaps = run.length - 1;
  return numbered >= gaps * LAYOUT_GAP_SHARE || oneLinePerWord >= gaps * LAYOUT_GAP_SHARE;
}

/** Every 12-word window with enough uncommon words, overlapping windows joined into one finding. */
function windowsWithUncommonWords(run: WordToken[]): SecretFinding[] {
  const uncommonBefore = [0];
  for (const token of run) uncommonBefore.push(uncommonBefore.at(-1)! + (COMMON_ENGLISH_LIST_WORDS.has(token.word) ? 0 : 1));
  const findings: SecretFinding[] = [];
  for (let first = 0; first + MIN_PHRASE_WORDS <= run.length; first++) {
    const last = first + MIN_PHRASE_WORDS - 1;
    const uncommon = uncommonBefore[last + 1]! - uncommonBefore[first]!;
    if (uncommon < UNCOMMON_WORDS_THAT_MAKE_A_PHRASE) continue;
    appendMerged(findings, phraseFinding(run[first]!.start, run[last]!.end));
  }
  return findings;
}

function phraseFinding(start: number, end: number): SecretFinding {
  return { kind: 'recovery-phrase', start, end };
}

/** Findings arrive by increasing start; one that overlaps the last is the same phrase seen through another window. */
function appendMerged(findings: SecretFinding[], finding: SecretFinding): void {
  const last = findings.at(-1);
  if (last && finding.start <= last.end) last.end = Math.max(last.end, finding.end);
  else findings.push(finding);
}

// ---------------------------------------------------------------------------------------------------------
// Recovery phrases: Chinese
// ---------------------------------------------------------------------------------------------------------

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

function findChineseRecoveryPhrases(text: string): SecretFinding[] {
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

// ---------------------------------------------------------------------------------------------------------
// Private keys
// ---------------------------------------------------------------------------------------------------------

const BASE58 = '1-9A-HJ-NP-Za-km-z';
const HEX_PRIVATE_KEY = /^(?:0[xX])?[0-9a-fA-F]{64}$/;
/** Uncompressed WIF: 51 characters from "5"; compressed: 52 from "K" or "L". */
const WIF_PRIVATE_KEY = new RegExp(`^(?:5[${BASE58}]{50}|[KL][${BASE58}]{51})$`);
/**
 * BIP-32 extended private keys (xprv, and the yprv/zprv/tprv/uprv/vprv/Yprv/Zprv variants) are 111
 * characters; one copied with a few characters lost or doubled is still a key.
 */
const EXTENDED_PRIVATE_KEY = new RegExp(`^[xyztuvYZ]prv[${BASE58}]{100,110}$`);

/**
 * A 64-hex string is a private key or a transaction hash, and nothing in the string says which. The
 * nearest label in the 30 characters before it decides: a transaction label ("TxID", "hash", "/tx/" of
 * an explorer link, "交易哈希", a signature) or an address label (0x + 64 hex is an Aptos or Sui
 * address) clears it, a key label ("private key", "私钥") keeps it. Without a label it is flagged: a
 * transaction id belongs in the form's TxID field, and a key pasted into a description is the costlier
 * mistake. A label after the hex ("… is my txid") is not read.
 */
const HEX_LABEL_WINDOW = 30;
const HEX_LABEL =
  /(?<transaction>tx ?id|tx ?hash|\btxn?\b|transaction|hash|signature|hmac|交易哈希|哈希|交易|区块|签名)|(?<address>address|\baddr\b|地址)|(?<key>private ?key|priv ?key|\bkey\b|secret|seed|私钥|密钥|秘钥|\bwif\b)/gi;

function findPrivateKeys(text: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  for (const match of text.matchAll(/[0-9A-Za-z]+/g)) {
    const token = match[0];
    const start = match.index;
    const isKey =
      WIF_PRIVATE_KEY.test(token) ||
      EXTENDED_PRIVATE_KEY.test(token) ||
      (HEX_PRIVATE_KEY.test(token) && !isLabelledAsPublicHex(text, start));
    if (isKey) findings.push({ kind: 'private-key', start, end: start + token.length });
  }
  return findings;
}

function isLabelledAsPublicHex(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - HEX_LABEL_WINDOW), start);
  const nearest = lastMatch(before, HEX_LABEL);
  return nearest?.groups?.transaction !== undefined || nearest?.groups?.address !== undefined;
}

function lastMatch(text: string, pattern: RegExp): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  for (const match of text.matchAll(pattern)) last = match as RegExpExecArray;
  return last;
}

// ---------------------------------------------------------------------------------------------------------
// One-time codes
// ---------------------------------------------------------------------------------------------------------

/**
 * Six digits (or "123 456" as authenticator apps show them) are everywhere: order ids, amounts, dates.
 * They are a code only when the nearest label within a short window, before or after, names a code. A
 * label that names another number ("order", "UID", "referral code", "订单", "金额") nearer to the digits
 * wins, so "UID 123456, my 2FA code never arrives" passes. Amounts ("250000 USDT", "$123456"), parts of
 * longer numbers ("0.123456", "12 345 678") and digits glued to letters ("A123456") never are codes.
 * Multi-word labels come first in each group so that "referral code" is not read as "code".
 */
const CODE_LABEL_WINDOW_BEFORE = 32;
const CODE_LABEL_WINDOW_AFTER = 24;
const CODE_LABEL =
  /(?<other>(?:referral|invite|invitation|promo|coupon|error|country|zip|post(?:al)?|area|tracking|reference)[ -]?code|\buid\b|\buser ?id\b|\bid\b|order|\bref\b|ticket|\bcase\b|account|acct|amount|balance|phone|mobile|\btel\b|#|邀请码|推荐码|优惠码|错误码|错误代码|邮编|订单号|订单|单号|编号|用户|账号|金额|手机|电话)|(?<code>\b2fa\b|two[- ]?factor|2[- ]?step|two[- ]?step|\botp\b|\btotp\b|authenticator|google|verification|\bverify|\bcodes?\b|\bsms\b|验证码|谷歌|动态码|短信码|校验码|安全码|双重验证|二次验证|验证器|身份验证)/gi;
const SIX_DIGITS = /^\d{6}$|^\d{3}[ -]\d{3}$/;
const CURRENCY_AFTER = /^\s*(?:usdt|usdc|usd|btc|eth|bnb|trx|sol|xrp|doge|cny|rmb|eur|gbp|sats?|coins?|tokens?|dollars?|u\b|元|块|美元|人民币|个|枚|%)/i;
const CURRENCY_BEFORE = /[$¥￥€£]\s*$/;

function findOneTimeCodes(text: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  for (const match of text.matchAll(/\d{3}[ -]\d{3}(?!\d)|\d+/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!SIX_DIGITS.test(match[0]) || isPartOfLargerToken(text, start, end) || isAmount(text, start, end)) continue;
    if (nearestNumberLabel(text, start, end) === 'code') findings.push({ kind: 'one-time-code', start, end });
  }
  return findings;
}

/** Digits glued to letters or digits ("A123456", "123456abc"), or to more digits through a separator ("0.123456", "12 345 678"). */
function isPartOfLargerToken(text: string, start: number, end: number): boolean {
  const isGlued = (character: string | undefined) => character !== undefined && /[A-Za-z0-9_]/.test(character);
  const isDigit = (character: string | undefined) => character !== undefined && /\d/.test(character);
  if (isGlued(text[start - 1]) || isGlued(text[end])) return true;
  const separatorBefore = /[.,:/ -]/.test(text[start - 1] ?? '');
  const separatorAfter = /[.,:/-]/.test(text[end] ?? '');
  return (separatorBefore && isDigit(text[start - 2])) || (separatorAfter && isDigit(text[end + 1]));
}

function isAmount(text: string, start: number, end: number): boolean {
  return CURRENCY_AFTER.test(text.slice(end, end + 12)) || CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 3), start));
}

function nearestNumberLabel(text: string, start: number, end: number): 'code' | 'other' | undefined {
  const before = text.slice(Math.max(0, start - CODE_LABEL_WINDOW_BEFORE), start);
  const after = text.slice(end, end + CODE_LABEL_WINDOW_AFTER);
  const labelBefore = lastMatch(before, CODE_LABEL);
  const labelAfter = after.matchAll(CODE_LABEL).next().value;
  const distanceBefore = labelBefore ? before.length - (labelBefore.index + labelBefore[0].length) : Infinity;
  const distanceAfter = labelAfter ? labelAfter.index : Infinity;
  const nearest = distanceBefore <= distanceAfter ? labelBefore : labelAfter;
  if (!nearest?.groups) return undefined;
  return nearest.groups.code !== undefined ? 'code' : 'other';
}

// ---------------------------------------------------------------------------------------------------------
// Passwords
// ---------------------------------------------------------------------------------------------------------

/**
 * A password is flagged only when it is given as a value after a label: "password: hunter2",
 * "pwd=abc123", "my password is Tr0ub4dor&3", "我的密码是 abc12345", "登录密码：Abc@2024". A sentence
 * about a password ("I forgot my password", "my password is not working", "密码是不是太简单了") is not.
 *
 * What counts as a value depends on how explicit the assignment is:
 * - A value that looks like a password counts after ":", "=", "is" or "was": quoted, letters mixed with
 *   digits or symbols, inner capitals, or 4+ digits ("is Tr0ub4dor&3", "was Summer2024!").
 * - A plain word counts only after ":" or "=", and only if it is not an ordinary word and the text does
 *   not go on after it ("Password: sunshine" ending its line yes; "password: reset email never came" no).
 * - In Chinese, after 是/为/：, any Latin token of 3+ characters counts: Latin letters cannot continue a
 *   Chinese sentence, so "密码是 abc" can only be a value ("密码是不是…" has none).
 * Trade-off: an all-lowercase password after "is" ("my password is sunshine") is not caught, because
 * "my password is fine/expired/weird" would be.
 */
// The Chinese group comes first so that "PIN码" is read as one Chinese label, not as "PIN" followed by Han text.
const PASSWORD_LABEL = /(?<chinese>pin码|密码|口令)|\b(?<english>pass(?:word|phrase|code)?s?|passwd|pwd|pin)\b/gi;
// Spaces and tabs only: a value is on the label's line ("password:\n" ends a YAML key or a heading).
const EXPLICIT_ASSIGNMENT = /^[ \t]*(?:(?:is|was)[ \t]*)?[:=：][ \t]*/i;
const LOOSE_ASSIGNMENT = /^[ \t]+(?:is|was)[ \t]+/i;
const CHINESE_ASSIGNMENT = /^[ \t]*(?:(?:是|为|為)[ \t]*[:：=]?|[:：=])[ \t]*/;
/** A value ends at white space, at a Han character or at full-width punctuation. */
const VALUE_TOKEN = /^[^\s\u3000-\u303f\u3400-\u9fff\uff00-\uffef]{1,128}/;
/** "!" and "?" stay: "Summer2024!" ends with its own "!" more often than a sentence does after a password. */
const TRAILING_PUNCTUATION = /[.,;:)\]}>]+$/;
/** "password: [reset it here]", "(see below)": an opening bracket starts a link or an aside, not a value. */
const OPENING_BRACKET = /^[([{<]/;
const QUOTES: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’', '「': '」', '『': '』', '`': '`' };
const MAX_QUOTED_LENGTH = 64;
/** "密码是8-16位", "密码为6个字符": a Latin token followed by a unit describes the password, it is not one. */
const CHINESE_UNIT_AFTER = /^[位个個次天小分秒元]/;
const MASKED_VALUE = /^[*•·]+$/;
const NOT_A_PASSWORD: ReadonlySet<string> = new Set(
  `not no wrong incorrect correct right invalid valid expired reset changed change forgot forgotten lost blocked locked working
broken fine ok okay the my a an too very same different weak strong long short still also being been required needed missing
empty unknown accepted rejected saved stored sensitive case definitely always never none n/a na null hidden secret protected
encrypted set new old updated manager and or but in on for to of with here there this that it is was didn't doesn't isn't wasn't
can't won't don't cannot field box please help`
    .trim()
    .split(/\s+/),
);

function findPasswords(text: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  for (const label of text.matchAll(PASSWORD_LABEL)) {
    const afterLabel = label.index + label[0].length;
    const value = label.groups?.chinese !== undefined ? chineseValue(text, afterLabel) : englishValue(text, afterLabel, label[0]);
    if (value) findings.push({ kind: 'password', start: value.start, end: value.end });
  }
  return findings;
}

interface ValueSpan {
  start: number;
  end: number;
  value: string;
  quoted: boolean;
}

function englishValue(text: string, afterLabel: number, label: string): ValueSpan | undefined {
  const rest = text.slice(afterLabel, afterLabel + 160);
  const explicit = EXPLICIT_ASSIGNMENT.exec(rest);
  if (explicit) {
    const value = readValue(text, afterLabel + explicit[0].length);
    if (!value) return undefined;
    return looksLikePassword(value) || (isExplicitValue(value) && endsItsClause(text, value.end)) ? value : undefined;
  }
  // "pass" and "pin" are ordinary words too ("the pass is valid"): only an explicit ":" or "=" makes a value of them.
  if (!/^pass(?:word|phrase|code)?s?$|^passwd$|^pwd$/i.test(label)) return undefined;
  const loose = LOOSE_ASSIGNMENT.exec(rest);
  if (!loose) return undefined;
  const value = readValue(text, afterLabel + loose[0].length);
  return value && looksLikePassword(value) ? value : undefined;
}

function chineseValue(text: string, afterLabel: number): ValueSpan | undefined {
  const assignment = CHINESE_ASSIGNMENT.exec(text.slice(afterLabel, afterLabel + 160));
  if (!assignment) return undefined;
  const value = readValue(text, afterLabel + assignment[0].length);
  if (!value || CHINESE_UNIT_AFTER.test(text.slice(value.end, value.end + 1))) return undefined;
  return isExplicitValue(value) ? value : undefined;
}

/** The quoted string or the token at `start`, without the sentence's trailing punctuation. */
function readValue(text: string, start: number): ValueSpan | undefined {
  const closingQuote = QUOTES[text[start] ?? ''];
  if (closingQuote) {
    // Searched for within the longest value only: a thousand unclosed quotes must not each scan the whole text.
    const closingOffset = text.slice(start + 1, start + 2 + MAX_QUOTED_LENGTH).indexOf(closingQuote);
    if (closingOffset <= 0) return undefined;
    const end = start + 1 + closingOffset;
    return { start: start + 1, end, value: text.slice(start + 1, end), quoted: true };
  }
  if (OPENING_BRACKET.test(text[start] ?? '')) return undefined;
  const token = VALUE_TOKEN.exec(text.slice(start, start + 128))?.[0].replace(TRAILING_PUNCTUATION, '');
  if (!token) return undefined;
  return { start, end: start + token.length, value: token, quoted: false };
}

/**
 * "password: hunter" ends its line or sentence; "password: anyone who has it can log in" and "fund
 * password: withdrawals, P2P sells, …" go on, and a plain word that the text continues from is not a value.
 */
function endsItsClause(text: string, end: number): boolean {
  return /^[ \t]*(?:$|[\n\r.!?。！？])/.test(text.slice(end, end + 8));
}

function isExplicitValue({ value, quoted }: ValueSpan): boolean {
  if (quoted) return true;
  return value.length >= 3 && !MASKED_VALUE.test(value) && !NOT_A_PASSWORD.has(value.toLowerCase());
}

function looksLikePassword({ value, quoted }: ValueSpan): boolean {
  if (quoted) return true;
  // "is wrong!!" is an exclamation; "Summer2024!" keeps its "!" as part of the value.
  const core = value.replace(/[!?]+$/, '');
  if (core.length < 4 || NOT_A_PASSWORD.has(core.toLowerCase())) return false;
  const hasLetter = /\p{L}/u.test(core);
  const hasDigit = /\d/.test(core);
  // A hyphen or apostrophe between letters is English ("case-sensitive", "didn't"), not a symbol.
  const hasSymbol = /[^\p{L}\d'’-]/u.test(core);
  const hasInnerCapital = /\p{Ll}.*\p{Lu}|\p{Lu}{2,}.*\p{Ll}/u.test(core);
  return (hasLetter && (hasDigit || hasSymbol)) || hasInnerCapital || /^\d{4,}$/.test(core);
}
