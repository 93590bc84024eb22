import { describe, expect, it } from 'vitest';
import { matchFlow } from '../../lib/flows/match';

const flows = [
  { slug: 'password-reset', title: 'Reset your password', keywords: ['forgot password', '忘记密码', '找回密码'] },
  { slug: 'lost-2fa', title: 'Lost your 2FA', keywords: ['lost authenticator', 'reset 2fa', '谷歌验证器丢了'] },
  { slug: 'account-compromised', title: 'I think I was hacked', keywords: ['hacked', 'account hacked', '账户被盗', '被盗', '被黑'] },
];
const offered = (query: string) => matchFlow(query, flows)?.slug ?? null;

describe('matchFlow', () => {
  it.each([
    ['forgot password', 'password-reset'],
    ['I forgot my password', 'password-reset'],
    ['Forgot passwords', 'password-reset'],
    ['忘记密码', 'password-reset'],
    ['忘记密码怎么办', 'password-reset'],
    ['hacked', 'account-compromised'],
    ['my account was hacked', 'account-compromised'],
    ['被盗', 'account-compromised'],
    ['账户被盗了', 'account-compromised'],
    ['reset 2fa', 'lost-2fa'],
  ])('offers a flow for %j', (query, slug) => {
    expect(offered(query)).toBe(slug);
  });

  it.each(['password', 'withdrawal fee', '密码', '', '   ', '被', 'how to buy bitcoin'])('offers nothing for %j', (query) => {
    expect(offered(query)).toBeNull();
  });
});
