import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { CompiledContent } from '../../lib/content/compiled';
import { loadContent } from '../../lib/content/load';
import { formatProblem } from '../../lib/content/problems';
import { parseYaml } from '../../lib/content/yaml';
import { getMessages } from '../../lib/i18n/messages';
import { formatDuration } from '../../lib/support/channel-facts';

const contentDir = path.join(import.meta.dirname, '../../content');
const validDir = path.join(import.meta.dirname, '../fixtures/content/valid');

// ---------------------------------------------------------------------------------------------------------
// The shipped content
// ---------------------------------------------------------------------------------------------------------

describe('the shipped contact page', () => {
  let content: CompiledContent;
  beforeAll(async () => {
    const result = await loadContent(contentDir);
    if (!result.content) throw new Error(result.problems.map(formatProblem).join('\n'));
    content = result.content;
  });

  it('lists support channels and social accounts in site.yaml', () => {
    expect(content.site.channels.map((channel) => channel.id)).toEqual(['live-chat', 'support-request', 'email']);
    expect(content.site.social.length).toBeGreaterThan(0);
  });

  it('has words for every channel in site.yaml, and for the social accounts, in every locale', () => {
    const expected = [...content.site.channels.map((channel) => channel.id), ...(content.site.social.length > 0 ? ['social'] : [])];
    for (const locale of content.site.locales) {
      const contact = content.locales[locale]?.contact;
      expect(contact, `${locale} has no contact page`).toBeDefined();
      expect(Object.keys(contact!.channels).sort(), locale).toEqual([...expected].sort());
      for (const id of expected) {
        const words = contact!.channels[id]!;
        expect(words.name.trim(), `${locale} ${id}.name`).not.toBe('');
        expect(words.when, `${locale} ${id}.when`).toMatch(/^<p>/);
        expect(words.steps.length, `${locale} ${id}.steps`).toBeGreaterThan(0);
        expect(words.doNotShare, `${locale} ${id}.doNotShare`).toMatch(/^<p>/);
      }
    }
  });

  it('has no {{variable}} left unexpanded and no link to a Markdown file left unrewritten', () => {
    for (const locale of content.site.locales) {
      const html = JSON.stringify(content.locales[locale]?.contact);
      expect(html, locale).not.toMatch(/\{\{/);
      expect(html, locale).not.toMatch(/href=\\"[^"]*\.md/);
    }
  });

  /** Every text value of a YAML file (not its comments, which may explain the format with numbers). */
  const textsOf = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(textsOf) : [];

  it('leaves hours and reply times to site.yaml: no reply-time number is written in contact.yaml', async () => {
    const durations = content.site.channels.flatMap((channel) => [channel.firstReply, ...(channel.complexCases ? [channel.complexCases] : [])]);
    const stated = durations.flatMap((time) =>
      content.site.locales.flatMap((locale) => {
        const words = formatDuration(time, locale, getMessages(locale).contact);
        return [words, words.replace(/\s+/g, ''), words.replace(/(\d)(\D)/, '$1 $2')];
      }),
    );
    expect(stated).toEqual(expect.arrayContaining(['5 minutes', '24 hours', '2 business days', '24小时', '24 小时', '2 个工作日']));
    // Reply times in any unit, in either language, whatever the channel says today.
    const replyTime = /\d+\s*(?:business|working)\s*days?|\d+\s*个?工作日|\b24\s*(?:hours|h|小时)|24\s*\/\s*7|\d+\s*(?:minutes?|mins?)\b|\d+\s*分钟/i;
    for (const locale of content.site.locales) {
      const texts = textsOf(parseYaml(await readFile(path.join(contentDir, locale, 'contact.yaml'), 'utf8')));
      expect(texts.length, locale).toBeGreaterThan(10);
      for (const text of texts) {
        for (const words of stated) expect(text, `${locale}/contact.yaml repeats "${words}" from site.yaml`).not.toContain(words);
        expect(text, `${locale}/contact.yaml states a reply time`).not.toMatch(replyTime);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// Broken contact content
// ---------------------------------------------------------------------------------------------------------

/** The valid fixture's site.yaml plus two channels, so a contact page is required in every locale. */
const CHANNELS = [
  'channels:',
  '  - id: live-chat',
  '    hours: always',
  '    firstReply: { minutes: 5 }',
  '    languages: [en, zh]',
  '  - id: email',
  '    firstReply: { businessDays: 2 }',
].join('\n');

interface ContactText {
  intro: string;
  channels: Record<string, { name: string; when: string; steps: string[]; doNotShare: string }>;
  prepare: { intro: string; items: string[] };
  duplicates: string;
  clearRequest: { intro: string; tips: string[] };
}

/** A valid contact.yaml for the fixture: live-chat, email and (the fixture has an X account) social. */
function contactText(): ContactText {
  const channel = (name: string) => ({
    name,
    when: `Use ${name.toLowerCase()} when you need a person. See [open an account](open-an-account.md).`,
    steps: ['Log in on {{website}}.', 'Open **Support**.'],
    doNotShare: 'Never share your password or codes with {{brand}} staff.',
  });
  return {
    intro: 'Search the help center first.',
    channels: { 'live-chat': channel('Live chat'), email: channel('E-mail'), social: channel('Social accounts') },
    prepare: { intro: 'Have these ready.', items: ['Your UID.'] },
    duplicates: 'One request per problem.',
    clearRequest: { intro: 'Be specific.', tips: ['One problem at a time.'] },
  };
}

describe('broken contact content fails with the file, the field and the reason', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'contact-content-'));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  let count = 0;
  /**
   * The valid fixture with channels in site.yaml and a contact.yaml per locale, after `change`;
   * returns the loaded content and its errors as the build prints them.
   */
  async function load(change: { site?: (site: string) => string; en?: ContactText | null; zh?: ContactText | null } = {}) {
    const root = path.join(scratch, `case-${++count}`);
    await cp(validDir, root, { recursive: true });
    const site = `${await readFile(path.join(root, 'site.yaml'), 'utf8')}\n${CHANNELS}\n`;
    await writeFile(path.join(root, 'site.yaml'), change.site ? change.site(site) : site);
    for (const locale of ['en', 'zh'] as const) {
      const text = change[locale] === undefined ? contactText() : change[locale];
      if (text) await writeFile(path.join(root, locale, 'contact.yaml'), stringify(text));
    }
    const { content, problems } = await loadContent(root, { displayPath: (file) => `content/${path.relative(root, file)}` });
    return { content, errors: problems.filter((problem) => problem.severity === 'error').map(formatProblem) };
  }

  /** The errors of content that must not compile. */
  async function errorsOf(change: Parameters<typeof load>[0]) {
    const { content, errors } = await load(change);
    expect(content, 'broken content must not compile').toBeNull();
    return errors;
  }

  const edited = (edit: (text: ContactText) => void) => {
    const text = contactText();
    edit(text);
    return text;
  };

  it('starts from content that loads, with a contact page in each locale', async () => {
    const { content, errors } = await load();
    expect(errors).toEqual([]);
    expect(Object.keys(content?.locales.en?.contact?.channels ?? {})).toEqual(['live-chat', 'email', 'social']);
    const [login, open] = content?.locales.zh?.contact?.channels.email?.steps ?? [];
    expect(login).toMatch(/^Log in on <a href="https:\/\/www\.testbank\.example"/);
    expect(open).toBe('Open <strong>Support</strong>.');
    expect(content?.locales.en?.contact?.channels.email?.when).toContain('href="/en/articles/open-an-account"');
  });

  it('a missing contact.yaml, once site.yaml lists a channel', async () => {
    expect(await errorsOf({ zh: null })).toEqual(['content/zh/contact.yaml: file is missing']);
  });

  it('a contact.yaml without the words for a channel site.yaml lists', async () => {
    const text = edited((contact) => delete contact.channels.email);
    expect(await errorsOf({ en: text })).toEqual([
      'content/en/contact.yaml: channels.email: is missing: site.yaml lists the channel "email", so the contact page needs its words',
    ]);
  });

  it('a contact.yaml without the social accounts’ words, when site.yaml lists an account', async () => {
    const text = edited((contact) => delete contact.channels.social);
    expect(await errorsOf({ en: text })).toEqual([
      'content/en/contact.yaml: channels.social: is missing: site.yaml lists the channel "social", so the contact page needs its words',
    ]);
  });

  it('a channel site.yaml does not list, naming the ones it does', async () => {
    const text = edited((contact) => (contact.channels.phone = contactText().channels.email!));
    expect(await errorsOf({ zh: text })).toEqual(['content/zh/contact.yaml: channels.phone: is not a channel in site.yaml (known: live-chat, email, social)']);
  });

  it('a channel written in contact.yaml but left out of site.yaml', async () => {
    const errors = await errorsOf({ site: (site) => site.replace(/ {2}- id: email\n.*\n/, '') });
    expect(errors).toEqual([
      'content/en/contact.yaml: channels.email: is not a channel in site.yaml (known: live-chat, social)',
      'content/zh/contact.yaml: channels.email: is not a channel in site.yaml (known: live-chat, social)',
    ]);
  });

  it('a link to an article that does not exist, in a step', async () => {
    const text = edited((contact) => (contact.channels['live-chat']!.steps[1] = 'Read [x](nope.md) first.'));
    expect(await errorsOf({ en: text })).toEqual([
      'content/en/contact.yaml: channels.live-chat.steps[1]: links to "nope.md"; link to an article by its file name, like reset-password.md, and it must exist in en/',
    ]);
  });

  it('a link to an article that exists only in another locale', async () => {
    // fees.md is in the fixture's en/ only.
    const text = edited((contact) => (contact.prepare.items[0] = 'See [fees](fees.md).'));
    expect((await load({ en: text })).errors).toEqual([]);
    expect(await errorsOf({ zh: text })).toEqual([
      'content/zh/contact.yaml: prepare.items[0]: links to "fees.md"; link to an article by its file name, like reset-password.md, and it must exist in zh/',
    ]);
  });

  it('an unknown {{variable}}', async () => {
    const text = edited((contact) => (contact.channels.email!.doNotShare = 'Never e-mail {{brandd}} your password.'));
    expect(await errorsOf({ en: text })).toEqual(['content/en/contact.yaml: channels.email.doNotShare: {{brandd}} is not a known variable']);
  });

  it('fields missing, empty or unknown', async () => {
    const text = edited((contact) => {
      contact.channels['live-chat']!.steps = [];
      contact.channels.email!.name = ' ';
      (contact as unknown as Record<string, unknown>).footer = 'Bye';
    });
    expect(await errorsOf({ en: text })).toEqual([
      'content/en/contact.yaml: channels.live-chat.steps: must list at least one line',
      'content/en/contact.yaml: channels.email.name: must not be empty',
      'content/en/contact.yaml: footer: is not a known field (known: intro, channels, prepare, duplicates, clearRequest)',
    ]);
  });

  it('every problem in both locales at once', async () => {
    const en = edited((contact) => delete contact.channels['live-chat']);
    const zh = edited((contact) => (contact.duplicates = '{{nobody}} merges requests. See [x](nope.md).'));
    expect(await errorsOf({ en, zh })).toEqual([
      'content/en/contact.yaml: channels.live-chat: is missing: site.yaml lists the channel "live-chat", so the contact page needs its words',
      'content/zh/contact.yaml: duplicates: {{nobody}} is not a known variable',
      'content/zh/contact.yaml: duplicates: links to "nope.md"; link to an article by its file name, like reset-password.md, and it must exist in zh/',
    ]);
  });

  it('a channel listed twice in site.yaml', async () => {
    const twice = ['  - id: email', '    firstReply: { hours: 24 }'].join('\n');
    expect(await errorsOf({ site: (site) => `${site}${twice}\n` })).toEqual(['content/site.yaml: channels: lists a channel twice']);
  });

  it.each([
    ['a reply time in days, not business days', '{ days: 2 }'],
    ['a reply time in two units', '{ hours: 1, minutes: 30 }'],
    ['a reply time of nothing', '{ minutes: 0 }'],
    ['a reply time that is not a count', '"2 business days"'],
  ])('%s in site.yaml', async (_name, firstReply) => {
    const errors = await errorsOf({ site: (site) => site.replace('firstReply: { businessDays: 2 }', `firstReply: ${firstReply}`) });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/site\.yaml: channels\[1\]\.firstReply(?:\.\w+)?: /);
  });

  it('names the units a reply time may have', async () => {
    expect(await errorsOf({ site: (site) => site.replace('firstReply: { businessDays: 2 }', 'firstReply: { days: 2 }') })).toEqual([
      'content/site.yaml: channels[1].firstReply: expected one of { minutes: N }, { hours: N } or { businessDays: N }',
    ]);
  });

  it('a channel site.yaml does not know, and hours that are not a time', async () => {
    const errors = await errorsOf({
      site: (site) => site.replace('id: email', 'id: phone').replace('hours: always', 'hours: { weekdays: ["9am", "18:00"] }'),
    });
    expect(errors).toEqual([
      'content/site.yaml: channels[0].hours.weekdays[0]: expected a time like 09:00',
      'content/site.yaml: channels[1].id: expected one of live-chat, support-request, email',
    ]);
  });
});
