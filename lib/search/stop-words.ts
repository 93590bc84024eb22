import functionWords from './function-words.json';

/**
 * Words that carry no topic ("how do I reset my password", 为什么还没到账), kept as data per locale
 * in function-words.json. Latin and Han words never collide, so both locales share one set.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([...functionWords.en, ...functionWords.zh]);

/** Chinese function words that cut a run of characters: those of two or more characters, and the particles. */
export const HAN_CUTS: ReadonlySet<string> = new Set([...functionWords.zh.filter((word) => [...word].length > 1), ...functionWords.zhParticles]);
