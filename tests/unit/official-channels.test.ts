import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Site } from '../../lib/content/schema';
import { loadContent } from '../../lib/content/load';
import { siteSchema } from '../../lib/content/schema';
import { officialChannels } from '../../lib/safety/official';
import { verifyChannel } from '../../lib/safety/verify';

let site: Site;
beforeAll(async () => {
  const { content } = await loadContent(path.join(import.meta.dirname, '../../content'));
  site = content!.site;
});

describe('official channels', () => {
  it('come from site.yaml: the domains, the support address, the social accounts, and no phone', () => {
    const official = officialChannels(site);
    expect(official.brand).toBe(site.brand);
    expect(official.domains).toEqual(expect.arrayContaining([site.domain, new URL(site.helpCenter).hostname]));
    expect(official.emails).toEqual([site.supportEmail]);
    expect(official.social.map(({ handle }) => handle)).toEqual(site.social.map(({ handle }) => handle));
    expect(official).toMatchObject({ phones: [], neverCalls: true });
  });

  it('are what the verifier calls official, and nothing else', () => {
    const official = officialChannels(site);
    const verdict = (input: string) => verifyChannel(input, official).verdict;
    expect(verdict(`${site.helpCenter}/en/articles/contact-support`)).toBe('official');
    expect(verdict(site.supportEmail)).toBe('official');
    expect(verdict(site.social[0]!.url)).toBe('official');
    expect(verdict(site.domain.replace('o', '0'))).toBe('not-official');
    expect(verdict(`${site.domain}.secure-login.io`)).toBe('not-official');
    expect(verifyChannel('+1 415 555 0100', official).reasons).toContainEqual({ code: 'we-never-call' });
  });

  it('list phone numbers only in international form, and say so when one is not', () => {
    const site = { brand: 'B', domain: 'b.example', website: 'https://www.b.example', helpCenter: 'https://help.b.example', supportEmail: 'help@b.example', locales: ['en'], defaultLocale: 'en' };
    expect(officialChannels(siteSchema.parse({ ...site, phones: ['+14155550100'] }))).toMatchObject({ phones: ['+14155550100'], neverCalls: false });
    const result = siteSchema.safeParse({ ...site, phones: ['0800 123 456'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/international form, like \+14155550100/);
  });
});
