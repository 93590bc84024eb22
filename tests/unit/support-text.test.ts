import { describe, expect, it } from 'vitest';
import { supportChannelSchema } from '../../lib/content/schema';
import { compiledFlowSchema } from '../../lib/flows/compiled';
import { type FlowHandoff, describeHandoff } from '../../lib/flows/handoff';
import { getMessages } from '../../lib/i18n/messages';
import { describeChannelFacts, formatDuration } from '../../lib/support/channel-facts';
import { EMPTY_FORM, readForm, requestFromForm } from '../../lib/support/form';
import type { SupportRequest } from '../../lib/support/request';
import { formatRequest, mailtoHref } from '../../lib/support/request-text';

const labels = (locale: string) => getMessages(locale).contact.request;
const contact = (locale: string) => getMessages(locale).contact;

const txid = '0xe3b1c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const full: SupportRequest = {
  topic: 'deposit',
  uid: '12345678',
  txid,
  time: '2026-11-29T10:30Z',
  locale: 'en',
  description: 'I sent 250 USDT on Ethereum three hours ago.\nThe deposit history shows nothing.',
};
const bare: SupportRequest = { topic: 'withdrawal', time: '2026-11-29T10:30Z', locale: 'en', description: 'My withdrawal is pending for a day.' };

/** A small guide in both languages: a question, an instruction, a question, then support. */
function guide(locale: 'en' | 'zh') {
  const t = <T>(en: T, zh: T) => (locale === 'en' ? en : zh);
  return compiledFlowSchema.parse({
    slug: 'missing-deposit',
    locale,
    title: t('Missing deposit', '充值未到账'),
    summary: '',
    keywords: [],
    articles: [],
    start: 'network',
    steps: {
      network: {
        type: 'question',
        text: t('Which network did you use?', '您用的是哪个网络？'),
        choices: [
          { id: 'ethereum', label: t('Ethereum (ERC-20)', '以太坊（ERC-20）'), next: 'confirmations' },
          { id: 'other', label: t('Another network', '其他网络'), next: 'ask-us' },
        ],
      },
      confirmations: { type: 'instruction', title: t('Check the confirmations', '查看确认数'), html: '<p>…</p>', next: 'arrived' },
      arrived: {
        type: 'question',
        text: t('Has it arrived now?', '现在到账了吗？'),
        choices: [
          { id: 'yes', label: t('Yes', '到了'), next: 'done' },
          { id: 'no', label: t('No', '没有'), next: 'ask-us' },
        ],
      },
      done: { type: 'outcome', result: 'resolved', title: t('Solved', '已解决'), html: '<p>…</p>', articles: [] },
      'ask-us': {
        type: 'outcome',
        result: 'escalate',
        title: t('Ask support to trace the deposit', '请客服追查这笔充值'),
        html: '<p>…</p>',
        articles: [],
        channel: 'support-request',
        prepare: [t('The TxID', '交易哈希')],
      },
    },
  });
}

function handoff(locale: 'en' | 'zh'): FlowHandoff {
  const described = describeHandoff(guide(locale), 'ask-us', ['ethereum', 'continue', 'no']);
  if (!described) throw new Error('the test guide does not replay');
  return described;
}

// ---------------------------------------------------------------------------------------------------------
// formatRequest
// ---------------------------------------------------------------------------------------------------------

describe('formatRequest', () => {
  it('writes the facts one per line, then the description, in English', () => {
    expect(formatRequest(full, labels('en')).text).toBe(
      [
        'Topic: Deposit',
        'UID: 12345678',
        `TxID: ${txid}`,
        'Time: 2026-11-29 10:30 UTC',
        '',
        'Description:',
        'I sent 250 USDT on Ethereum three hours ago.',
        'The deposit history shows nothing.',
      ].join('\n'),
    );
  });

  it('writes the same in Chinese, with the Chinese labels and topic', () => {
    expect(formatRequest({ ...full, locale: 'zh', description: '三小时前充值了 250 USDT，到现在还没有到账。' }, labels('zh')).text).toBe(
      ['问题类型：充值', 'UID：12345678', `TxID：${txid}`, '发生时间：2026-11-29 10:30 UTC', '', '具体情况：', '三小时前充值了 250 USDT，到现在还没有到账。'].join('\n'),
    );
  });

  it('leaves out the optional facts that were not given, and keeps the order of the rest', () => {
    expect(formatRequest(bare, labels('en')).text).toBe(
      ['Topic: Withdrawal', 'Time: 2026-11-29 10:30 UTC', '', 'Description:', 'My withdrawal is pending for a day.'].join('\n'),
    );
    expect(formatRequest({ ...bare, txid }, labels('en')).text.split('\n').slice(0, 3)).toEqual(['Topic: Withdrawal', `TxID: ${txid}`, 'Time: 2026-11-29 10:30 UTC']);
    expect(formatRequest({ ...bare, uid: '87654321' }, labels('en')).text.split('\n').slice(0, 3)).toEqual(['Topic: Withdrawal', 'UID: 87654321', 'Time: 2026-11-29 10:30 UTC']);
  });

  it('writes each of the eight topics in words, not as its id', () => {
    const topics = ['account', 'security', 'verification', 'deposit', 'withdrawal', 'trading', 'api', 'other'] as const;
    const lines = topics.map((topic) => formatRequest({ ...bare, topic }, labels('en')).text.split('\n')[0]);
    expect(lines).toEqual([
      'Topic: Account and login',
      'Topic: Security or a hacked account',
      'Topic: Identity verification (KYC)',
      'Topic: Deposit',
      'Topic: Withdrawal',
      'Topic: Trading and orders',
      'Topic: API',
      'Topic: Something else',
    ]);
  });

  it('puts the guide’s answers, the steps tried and its conclusion between the facts and the description', () => {
    expect(formatRequest(full, labels('en'), handoff('en')).text).toBe(
      [
        'Topic: Deposit',
        'UID: 12345678',
        `TxID: ${txid}`,
        'Time: 2026-11-29 10:30 UTC',
        '',
        'Guide followed: Missing deposit',
        '- Which network did you use? Ethereum (ERC-20)',
        '- Tried: Check the confirmations',
        '- Has it arrived now? No',
        "Guide's conclusion: Ask support to trace the deposit",
        '',
        'Description:',
        'I sent 250 USDT on Ethereum three hours ago.',
        'The deposit history shows nothing.',
      ].join('\n'),
    );
  });

  it('writes the guide’s part in Chinese too', () => {
    const text = formatRequest({ ...bare, locale: 'zh', topic: 'deposit', description: '三小时前充值了 250 USDT，到现在还没有到账。' }, labels('zh'), handoff('zh')).text;
    expect(text).toBe(
      [
        '问题类型：充值',
        '发生时间：2026-11-29 10:30 UTC',
        '',
        '已完成的引导：充值未到账',
        '- 您用的是哪个网络？以太坊（ERC-20）',
        '- 已尝试：查看确认数',
        '- 现在到账了吗？没有',
        '引导结论：请客服追查这笔充值',
        '',
        '具体情况：',
        '三小时前充值了 250 USDT，到现在还没有到账。',
      ].join('\n'),
    );
  });

  it('writes no guide part for a null hand-off', () => {
    expect(formatRequest(full, labels('en'), null)).toEqual(formatRequest(full, labels('en')));
  });
});

describe('the subject', () => {
  const subject = (description: string, locale = 'en') => formatRequest({ ...bare, topic: 'deposit', locale, description }, labels(locale)).subject;

  it('is the topic and the guide’s conclusion when a guide sent the person', () => {
    expect(formatRequest(full, labels('en'), handoff('en')).subject).toBe('Deposit: Ask support to trace the deposit');
    expect(formatRequest({ ...full, locale: 'zh' }, labels('zh'), handoff('zh')).subject).toBe('充值：请客服追查这笔充值');
  });

  it('is otherwise the topic and the description’s first line', () => {
    expect(formatRequest(full, labels('en')).subject).toBe('Deposit: I sent 250 USDT on Ethereum three hours ago.');
  });

  it('keeps a first line of 60 characters whole', () => {
    const sixty = `${'Deposit not credited '.repeat(3).slice(0, 59)}.`;
    expect(sixty).toHaveLength(60);
    expect(subject(sixty)).toBe(`Deposit: ${sixty}`);
  });

  it('cuts a longer first line at the last word that fits, with …', () => {
    expect(subject('My deposit of 250 USDT on Ethereum has not arrived after three hours, and the history shows nothing')).toBe(
      'Deposit: My deposit of 250 USDT on Ethereum has not arrived after…',
    );
  });

  it('cuts inside a word when the line has no space late enough to cut at', () => {
    const error = `Error: ${'E'.repeat(80)}`;
    expect(subject(error)).toBe(`Deposit: ${error.slice(0, 60)}…`);
  });

  it('cuts Chinese, which has no spaces, at the 60th character', () => {
    const chinese = '我在三小时前从钱包充值了二百五十个USDT到交易所账户但是到现在还没有到账页面上也看不到任何记录请帮我查一下是什么原因谢谢';
    expect(Array.from(chinese)).toHaveLength(61);
    expect(subject(chinese, 'zh')).toBe(`充值：${chinese.slice(0, 60)}…`);
    expect(subject(chinese.slice(0, 60), 'zh')).toBe(`充值：${chinese.slice(0, 60)}`);
  });

  it('counts an emoji as one character and never cuts one in half', () => {
    const emoji = '🙂'.repeat(61);
    const cut = subject(emoji).slice('Deposit: '.length);
    expect(cut).toBe(`${'🙂'.repeat(60)}…`);
    expect(cut.isWellFormed()).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------
// mailtoHref
// ---------------------------------------------------------------------------------------------------------

describe('mailtoHref', () => {
  const tricky = 'Fees & limits? #1 costs 100% more, a+b=c, 🙂 and 充值未到账\nSecond line; third: x=y&z';

  it('survives a round trip through a URL parser, every character intact', () => {
    const prepared = formatRequest({ ...full, description: tricky }, labels('en'));
    const url = new URL(mailtoHref('support@harborline.example', prepared));
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('support@harborline.example');
    expect(url.hash).toBe('');
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(url.searchParams.get('subject')).toBe(prepared.subject);
    expect(url.searchParams.get('body')).toBe(prepared.text.replace(/\n/g, '\r\n'));
    expect(url.searchParams.get('subject')).toBe('Deposit: Fees & limits? #1 costs 100% more, a+b=c, 🙂 and 充值未到账');
  });

  it('writes line breaks as CRLF, percent-encoded, whichever breaks the text had', () => {
    const href = mailtoHref('support@harborline.example', { subject: 'S', text: 'one\ntwo\r\nthree' });
    expect(href).toBe('mailto:support@harborline.example?subject=S&body=one%0D%0Atwo%0D%0Athree');
  });

  it('leaves nothing unencoded that a mail app would read as structure', () => {
    const href = mailtoHref('support@harborline.example', { subject: 'a & b', text: tricky });
    const query = href.slice(href.indexOf('?') + 1);
    expect(query.split('&')).toHaveLength(2);
    expect(query).not.toMatch(/[\s#?+]/);
    expect(query).toMatch(/^subject=a%20%26%20b&body=/);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The form
// ---------------------------------------------------------------------------------------------------------

describe('readForm', () => {
  it('reads every field as text, and an empty string for a missing one', () => {
    const data = new FormData();
    data.set('topic', 'deposit');
    data.set('description', 'Line one\nLine two');
    data.set('answers', 'ethereum,continue');
    expect(readForm(data)).toEqual({ ...EMPTY_FORM, topic: 'deposit', description: 'Line one\nLine two', answers: 'ethereum,continue' });
  });

  it('reads a file sent in a text field as empty', () => {
    const data = new FormData();
    data.set('uid', '12345678');
    data.set('txid', new File(['0xabc'], 'txid.txt', { type: 'text/plain' }));
    data.set('description', new Blob(['text']));
    expect(readForm(data)).toEqual({ ...EMPTY_FORM, uid: '12345678' });
  });

  it('reads only the form’s own fields, and only strings from anything with get()', () => {
    const values: Record<string, unknown> = { topic: 42, uid: ['12345678'], time: null, locale: 'zh', priority: 'urgent', description: 'Typed text here' };
    const form = readForm({ get: (name) => values[name] });
    expect(form).toEqual({ ...EMPTY_FORM, description: 'Typed text here' });
    expect(Object.keys(form).sort()).toEqual(Object.keys(EMPTY_FORM).sort());
  });
});

describe('requestFromForm', () => {
  const values = { ...EMPTY_FORM, topic: 'deposit', uid: '12345678', time: '2026-11-29T10:30', description: 'Deposit missing since this morning.' };

  it('sends the fields as typed, with the page’s locale, and no hand-off without a guide', () => {
    const request = requestFromForm({ ...values, outcome: 'ask-us', answers: 'ethereum' }, 'zh');
    expect(request).toEqual({ topic: 'deposit', uid: '12345678', txid: '', time: '2026-11-29T10:30', locale: 'zh', description: 'Deposit missing since this morning.' });
    expect(request).not.toHaveProperty('answers');
  });

  it('carries the guide’s answers as a list, split on commas', () => {
    expect(requestFromForm({ ...values, flow: 'missing-deposit', outcome: 'ask-us', answers: 'ethereum,continue,no' }, 'en').answers).toEqual({
      flow: 'missing-deposit',
      outcome: 'ask-us',
      answers: ['ethereum', 'continue', 'no'],
    });
  });

  it('carries no answers, rather than one empty answer, when the guide went straight to its outcome', () => {
    expect(requestFromForm({ ...values, flow: 'missing-deposit', outcome: 'ask-us', answers: '' }, 'en').answers).toEqual({
      flow: 'missing-deposit',
      outcome: 'ask-us',
      answers: [],
    });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Channel facts
// ---------------------------------------------------------------------------------------------------------

describe('formatDuration', () => {
  it.each([
    [{ minutes: 5 }, '5 minutes', '5分钟'],
    [{ minutes: 1 }, '1 minute', '1分钟'],
    [{ hours: 24 }, '24 hours', '24小时'],
    [{ hours: 1 }, '1 hour', '1小时'],
    [{ businessDays: 1 }, '1 business day', '1 个工作日'],
    [{ businessDays: 2 }, '2 business days', '2 个工作日'],
    [{ businessDays: 3 }, '3 business days', '3 个工作日'],
  ])('writes %j as “%s” and “%s”', (time, en, zh) => {
    expect(formatDuration(time, 'en', contact('en'))).toBe(en);
    expect(formatDuration(time, 'zh', contact('zh'))).toBe(zh);
  });
});

describe('describeChannelFacts', () => {
  const channel = (facts: Record<string, unknown>) => supportChannelSchema.parse({ id: 'live-chat', ...facts });

  it('states an always-open channel, with the languages it answers in, in the page’s language', () => {
    const chat = channel({ hours: 'always', firstReply: { minutes: 5 }, languages: ['en', 'zh'] });
    expect(describeChannelFacts(chat, 'en', contact('en'))).toEqual({
      hours: '24 hours a day, every day',
      firstReply: 'usually within 5 minutes',
      complexCases: null,
      languages: 'English and Chinese',
    });
    expect(describeChannelFacts(chat, 'zh', contact('zh'))).toEqual({
      hours: '全年无休，24 小时在线',
      firstReply: '通常5分钟内',
      complexCases: null,
      languages: '英语和中文',
    });
  });

  it('states weekday hours in UTC, a bound on the first reply, and on complex cases', () => {
    const requests = channel({ id: 'support-request', hours: { weekdays: ['09:00', '18:00'] }, firstReply: { hours: 24 }, complexCases: { businessDays: 3 } });
    expect(describeChannelFacts(requests, 'en', contact('en'))).toEqual({
      hours: 'Monday to Friday, 09:00–18:00 UTC',
      firstReply: 'within 24 hours',
      complexCases: 'complex cases up to 3 business days',
      languages: null,
    });
    expect(describeChannelFacts(requests, 'zh', contact('zh'))).toEqual({
      hours: '周一至周五 09:00–18:00（UTC）',
      firstReply: '24小时内',
      complexCases: '复杂问题最长 3 个工作日',
      languages: null,
    });
  });

  it('states a channel read in turn, with no hours, singular and plural days', () => {
    const email = (days: number) => channel({ id: 'email', firstReply: { businessDays: days } });
    expect(describeChannelFacts(email(1), 'en', contact('en'))).toMatchObject({ hours: 'Send it any time; requests are answered in order', firstReply: 'within 1 business day' });
    expect(describeChannelFacts(email(2), 'en', contact('en'))).toMatchObject({ firstReply: 'within 2 business days' });
    expect(describeChannelFacts(email(2), 'zh', contact('zh'))).toMatchObject({ hours: '随时可以提交，按顺序处理', firstReply: '2 个工作日内' });
  });

  it('lists one language alone, and three with the list’s own words', () => {
    expect(describeChannelFacts(channel({ firstReply: { minutes: 5 }, languages: ['zh'] }), 'en', contact('en')).languages).toBe('Chinese');
    expect(describeChannelFacts(channel({ firstReply: { minutes: 5 }, languages: ['en', 'zh', 'ja'] }), 'en', contact('en')).languages).toBe('English, Chinese, and Japanese');
    expect(describeChannelFacts(channel({ firstReply: { minutes: 5 }, languages: ['en', 'zh', 'ja'] }), 'zh', contact('zh')).languages).toBe('英语、中文和日语');
  });
});
