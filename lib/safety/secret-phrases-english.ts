/** Recovery phrases from the BIP-39 English list (see ./secrets.ts). */
import { wordlist as englishWordlist } from '@scure/bip39/wordlists/english.js';
import type { SecretFinding } from './secret-finding';
import { appendMerged, isPhraseGap, MIN_PHRASE_WORDS, phraseFinding } from './secret-phrase-layout';

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

export function findEnglishRecoveryPhrases(text: string): SecretFinding[] {
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
