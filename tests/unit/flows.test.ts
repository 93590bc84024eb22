import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../lib/content/load';
import { formatProblem } from '../../lib/content/problems';
import type { CompiledFlow } from '../../lib/flows/compiled';
import { parseAnswers } from '../../lib/flows/answers';
import { simplePaths } from '../../lib/flows/graph';
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
