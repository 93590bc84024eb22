import { describe, expect, it } from 'vitest';
import { getMessages } from '../../lib/i18n/messages';
import { describeReasons } from '../../lib/safety/verdict-text';
import type { Reason } from '../../lib/safety/verify';

const reasons: Reason[] = [
  { code: 'lookalike', technique: 'homoglyph', resembles: 'harborline.example' },
  { code: 'lookalike', technique: 'dictionary', resembles: 'harborline.example' },
  { code: 'lookalike', technique: 'wrong-tld', resembles: 'harborline.example' },
  { code: 'not-listed' },
];

describe('verdict sentences', () => {
  it('say the tricks played on one name in one sentence, in English and Chinese', () => {
    const en = describeReasons(reasons, getMessages('en').verify, 'Harborline', 'en');
    expect(en.map(({ code }) => code)).toEqual(['lookalike', 'not-listed']);
    expect(en[0]!.text).toBe(
      'It imitates harborline.example: look-alike characters replace letters (0 for o, rn for m), a word such as “support” or “verify” is added to our name, and the ending is different.',
    );
    const zh = describeReasons(reasons, getMessages('zh').verify, 'Harborline', 'zh');
    expect(zh[0]!.text).toContain('它在模仿 harborline.example：');
    expect(zh[0]!.text).toContain('域名后缀不同');
  });

  it('fill every reason with its values, never leaving a {placeholder}', () => {
    const all: Reason[] = [
      { code: 'exact-match', channel: 'social', network: 'Telegram', handle: '@HarborlineOfficial', url: 'https://t.me/HarborlineOfficial' },
      { code: 'credentials-in-url', userinfo: 'harborline.example', realHost: 'evil.io' },
      { code: 'brand-outside-host', where: 'path', realHost: 'evil.io' },
      { code: 'handle-wrong-network', network: 'Instagram', handle: '@HarborlineHelp', officialOn: ['X (Twitter)'] },
      { code: 'unparseable', problem: 'too-long' },
      { code: 'we-never-call' },
    ];
    for (const locale of ['en', 'zh']) {
      for (const { text } of describeReasons(all, getMessages(locale).verify, 'Harborline', locale)) expect(text).not.toMatch(/\{\w+\}/);
    }
  });
});
