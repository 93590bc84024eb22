import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../lib/content/load';
import { formatProblem } from '../../lib/content/problems';
import { compileFlows } from '../../lib/flows/compile';
import type { CompiledFlow } from '../../lib/flows/compiled';
import { parseAnswers } from '../../lib/flows/answers';
import { simplePaths } from '../../lib/flows/graph';
import { describeHandoff } from '../../lib/flows/handoff';
import { viewFlowStep } from '../../lib/flows/view';
import { flowPath } from '../../lib/routes';

/** The flows the product promises (PRODUCT.md §5), in every locale of the shipped content. */
const REQUIRED_FLOWS = ['password-reset', 'account-unlock', 'identity-verification', 'lost-2fa', 'missing-funds', 'account-compromised'];

let flows: CompiledFlow[] = [];
beforeAll(async () => {
  const { content, problems } = await loadContent(path.join(import.meta.dirname, '../../content'));
  if (!content) throw new Error(problems.map(formatProblem).join('\n'));
  flows = Object.values(content.locales).flatMap((locale) => locale.flows);
});

describe('the shipped flows', () => {
  it('include every required flow in both languages', () => {
    for (const locale of ['en', 'zh']) {
      expect(flows.filter((flow) => flow.locale === locale).map((flow) => flow.slug).sort()).toEqual([...REQUIRED_FLOWS].sort());
    }
  });

  it('end every path in an outcome, page by page, through the same code the pages use', () => {
    let walked = 0;
    for (const flow of flows) {
      for (const { answers, outcome } of simplePaths(flow)) {
        for (let length = 0; length <= answers.length; length++) {
          // Through the URL and back, as a browser would send it.
          const url = flowPath(flow.locale, flow.slug, answers.slice(0, length));
          const view = viewFlowStep(flow, parseAnswers(url.split('/').slice(4)));
          expect(view.restarted, url).toBe(false);
          expect(view.progress.current).toBeLessThanOrEqual(view.progress.total);
          if (length < answers.length) expect(view.options.map((option) => option.id)).toContain(answers[length]);
          else expect(view.stepId).toBe(outcome);
        }
        expect(viewFlowStep(flow, answers).step.type).toBe('outcome');
        walked++;
      }
    }
    expect(walked).toBeGreaterThanOrEqual(REQUIRED_FLOWS.length * 2 * 3);
  });

  it('branch for real: at least 3 outcomes per flow, both solved and escalated', () => {
    for (const flow of flows) {
      const outcomes = Object.values(flow.steps).filter((step) => step.type === 'outcome');
      expect(outcomes.length, flow.slug).toBeGreaterThanOrEqual(3);
      expect(new Set(outcomes.map((step) => step.type === 'outcome' && step.result)), flow.slug).toEqual(new Set(['resolved', 'escalate']));
    }
  });

  it('send a tampered or stale address back to the start, never to an error', () => {
    for (const flow of flows) {
      for (const segments of [['..'], ['no-such-answer'], ['__proto__'], Array(50).fill('a')]) {
        const view = viewFlowStep(flow, parseAnswers(segments));
        expect(view).toMatchObject({ restarted: true, stepId: flow.start, answers: [] });
      }
      const [first] = simplePaths(flow);
      const finished = viewFlowStep(flow, [...first!.answers, 'continue']);
      expect(finished.restarted).toBe(true);
    }
  });
});

describe('the topic of an escalate outcome', () => {
  it('is given on every escalate outcome of the shipped flows, and on no resolved one', () => {
    for (const flow of flows) {
      for (const [id, step] of Object.entries(flow.steps)) {
        if (step.type !== 'outcome') continue;
        if (step.result === 'escalate') expect(step.topic, `${flow.slug}/${id}`).toBeDefined();
        else expect(step.topic, `${flow.slug}/${id}`).toBeUndefined();
      }
    }
  });

  it('travels with the hand-off, so the contact form starts with it', () => {
    const missingFunds = flows.find((flow) => flow.slug === 'missing-funds' && flow.locale === 'en')!;
    const ends = new Map(simplePaths(missingFunds).map(({ answers, outcome }) => [outcome, answers]));
    expect(describeHandoff(missingFunds, 'deposit-investigate', ends.get('deposit-investigate')!)?.topic).toBe('deposit');
    expect(describeHandoff(missingFunds, 'withdrawal-investigate', ends.get('withdrawal-investigate')!)?.topic).toBe('withdrawal');
  });

  describe('in a flow file, with the file, the field and the reason', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'flow-topic-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    /** A sound two-outcome flow, with `solved` and `ask-us` given the extra lines. */
    async function compile(name: string, extra: { solved?: string; askUs?: string }) {
      const yaml = [
        'title: { en: Topics, zh: 类型 }',
        'summary: { en: s, zh: s }',
        'keywords: { en: [k], zh: [k] }',
        'start: ask',
        'steps:',
        '  ask:',
        '    type: question',
        '    text: { en: Which one, zh: 哪个 }',
        '    choices:',
        '      - id: fixed',
        '        label: { en: Fixed, zh: 好了 }',
        '        next: solved',
        '      - id: not-fixed',
        '        label: { en: Not fixed, zh: 没好 }',
        '        next: ask-us',
        '  solved:',
        '    type: outcome',
        '    result: resolved',
        '    title: { en: Solved, zh: 解决了 }',
        '    text: { en: Done., zh: 完成。 }',
        ...(extra.solved ? [`    ${extra.solved}`] : []),
        '  ask-us:',
        '    type: outcome',
        '    result: escalate',
        '    title: { en: Ask us, zh: 问我们 }',
        '    text: { en: Write to us., zh: 联系我们。 }',
        '    channel: email',
        '    prepare: { en: [Your UID], zh: [您的 UID] }',
        ...(extra.askUs ? [`    ${extra.askUs}`] : []),
      ].join('\n');
      const flowsDir = path.join(dir, name);
      await mkdir(flowsDir);
      await writeFile(path.join(flowsDir, `${name}.yaml`), yaml);
      const { flows: compiled, problems } = await compileFlows(flowsDir, {
        locales: ['en', 'zh'],
        variables: new Map(),
        hasArticle: () => true,
        display: (file) => `content/flows/${path.basename(file)}`,
      });
      return { flow: compiled.get('en')?.[0], problems: problems.map(formatProblem) };
    }

    const problemsOf = async (name: string, extra: { solved?: string; askUs?: string }) => (await compile(name, extra)).problems;

    it('is accepted on an escalate outcome and compiled into it', async () => {
      const { flow, problems } = await compile('fine', { askUs: 'topic: account' });
      expect(problems).toEqual([]);
      expect(flow?.steps['ask-us']).toMatchObject({ type: 'outcome', result: 'escalate', topic: 'account' });
      expect(describeHandoff(flow!, 'ask-us', ['not-fixed'])?.topic).toBe('account');
    });

    it('is required on an escalate outcome', async () => {
      expect(await problemsOf('no-topic', {})).toEqual([
        'content/flows/no-topic.yaml: steps.ask-us.topic: is required on an escalate outcome: the contact form starts with it (one of account, security, verification, deposit, withdrawal, trading, api, other)',
      ]);
    });

    it('is refused on a resolved outcome', async () => {
      expect(await problemsOf('resolved-topic', { solved: 'topic: account', askUs: 'topic: account' })).toEqual([
        'content/flows/resolved-topic.yaml: steps.solved.topic: a resolved outcome sends nobody to support, so it names no topic; use result: escalate',
      ]);
    });

    it('is one of the request topics', async () => {
      expect(await problemsOf('odd-topic', { askUs: 'topic: login' })).toEqual([
        'content/flows/odd-topic.yaml: steps.ask-us.topic: expected one of account, security, verification, deposit, withdrawal, trading, api, other',
      ]);
    });
  });
});
