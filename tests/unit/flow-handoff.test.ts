import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../../lib/content/catalog';
import { loadContent } from '../../lib/content/load';
import { formatProblem } from '../../lib/content/problems';
import type { CompiledFlow } from '../../lib/flows/compiled';
import { CONTINUE, simplePaths } from '../../lib/flows/graph';
import { describeHandoff, parseAnswerList } from '../../lib/flows/handoff';

// The shipped flows, in every locale, as the build compiles them.
let flows: CompiledFlow[] = [];
beforeAll(async () => {
  const { content, problems } = await loadContent(path.join(import.meta.dirname, '../../content'));
  if (!content) throw new Error(problems.map(formatProblem).join('\n'));
  const catalog = createCatalog(content);
  flows = catalog.locales.flatMap((locale) => catalog.flows(locale));
});

type Path = { answers: string[]; outcome: string };

const resultOf = (flow: CompiledFlow, id: string) => {
  const step = flow.steps[id];
  return step?.type === 'outcome' ? step.result : null;
};
const escalations = (flow: CompiledFlow): Path[] => simplePaths(flow).filter(({ outcome }) => resultOf(flow, outcome) === 'escalate');
const resolutions = (flow: CompiledFlow): Path[] => simplePaths(flow).filter(({ outcome }) => resultOf(flow, outcome) === 'resolved');
const label = (flow: CompiledFlow, { answers, outcome }: Path) => `${flow.locale}/${flow.slug} ${answers.join('/')} → ${outcome}`;

/**
 * The trail a person saw, read straight off the flow's steps: the question with the chosen label,
 * or the instruction's title for "continue". Written without walk(), so it checks describeHandoff
 * rather than repeating it.
 */
function expectedTrail(flow: CompiledFlow, answers: readonly string[]) {
  let at = flow.start;
  return answers.map((answer) => {
    const step = flow.steps[at];
    if (step?.type === 'question') {
      const choice = step.choices.find((candidate) => candidate.id === answer);
      if (!choice) throw new Error(`${flow.slug}: no choice ${answer} at ${at}`);
      at = choice.next;
      return { kind: 'answered' as const, question: step.text, answer: choice.label };
    }
    if (step?.type === 'instruction' && answer === CONTINUE) {
      at = step.next;
      return { kind: 'tried' as const, step: step.title };
    }
    throw new Error(`${flow.slug}: ${answer} does not move on from ${at}`);
  });
}

describe('describeHandoff on the shipped flows', () => {
  it('has flows to check in every locale, with escalations that pass a question and an instruction', () => {
    expect(new Set(flows.map((flow) => flow.locale))).toEqual(new Set(['en', 'zh']));
    const all = flows.flatMap((flow) => escalations(flow).map((walked) => expectedTrail(flow, walked.answers)));
    expect(all.length).toBeGreaterThanOrEqual(flows.length);
    expect(all.some((trail) => trail.some((step) => step.kind === 'tried'))).toBe(true);
    expect(all.some((trail) => trail.some((step) => step.kind === 'answered'))).toBe(true);
  });

  it('replays every path to every escalation, with one trail entry per answer in the words the person saw', () => {
    for (const flow of flows) {
      const paths = escalations(flow);
      expect(paths.length, `${flow.locale}/${flow.slug} has no escalation`).toBeGreaterThan(0);
      for (const walked of paths) {
        const end = flow.steps[walked.outcome];
        if (end?.type !== 'outcome') throw new Error('simplePaths ended off an outcome');
        const handoff = describeHandoff(flow, walked.outcome, walked.answers);
        expect(handoff, label(flow, walked)).toMatchObject({
          flow: flow.slug,
          outcome: walked.outcome,
          answers: walked.answers,
          flowTitle: flow.title,
          outcomeTitle: end.title,
          prepare: end.prepare ?? [],
        });
        expect(handoff!.trail, label(flow, walked)).toEqual(expectedTrail(flow, walked.answers));
        expect(handoff!.trail).toHaveLength(walked.answers.length);
      }
    }
  });

  it('gives each locale’s hand-off in its own words for the same answers', () => {
    for (const flow of flows.filter((candidate) => candidate.locale === 'zh')) {
      const english = flows.find((candidate) => candidate.locale === 'en' && candidate.slug === flow.slug)!;
      for (const walked of escalations(flow)) {
        const zh = describeHandoff(flow, walked.outcome, walked.answers)!;
        const en = describeHandoff(english, walked.outcome, walked.answers)!;
        expect(zh.answers).toEqual(en.answers);
        expect(zh.outcomeTitle, label(flow, walked)).not.toBe(en.outcomeTitle);
        expect(zh.flowTitle).toBe(flow.title);
      }
    }
  });

  it('does not share its answers list with the caller', () => {
    const flow = flows[0]!;
    const [walked] = escalations(flow);
    const answers = [...walked!.answers];
    const handoff = describeHandoff(flow, walked!.outcome, answers)!;
    answers.push('tampered');
    expect(handoff.answers).toEqual(walked!.answers);
  });
});

describe('describeHandoff refuses what the person did not choose', () => {
  it('a path that ends on a resolved outcome', () => {
    let checked = 0;
    for (const flow of flows) {
      for (const walked of resolutions(flow)) {
        expect(describeHandoff(flow, walked.outcome, walked.answers), label(flow, walked)).toBeNull();
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(flows.length);
  });

  it('a path that stops before its outcome', () => {
    for (const flow of flows) {
      for (const walked of escalations(flow)) {
        for (let length = 0; length < walked.answers.length; length++) {
          expect(describeHandoff(flow, walked.outcome, walked.answers.slice(0, length)), label(flow, walked)).toBeNull();
        }
      }
    }
  });

  it('a valid path named with another outcome of the same flow, escalation or not', () => {
    let checked = 0;
    for (const flow of flows) {
      const outcomes = Object.keys(flow.steps).filter((id) => resultOf(flow, id) !== null);
      for (const walked of escalations(flow)) {
        for (const other of outcomes.filter((id) => id !== walked.outcome)) {
          expect(describeHandoff(flow, other, walked.answers), `${label(flow, walked)} named ${other}`).toBeNull();
          checked++;
        }
        expect(describeHandoff(flow, flow.start, walked.answers)).toBeNull();
        expect(describeHandoff(flow, 'no-such-outcome', walked.answers)).toBeNull();
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('an answer no step offers, anywhere on the path', () => {
    for (const flow of flows) {
      for (const walked of escalations(flow)) {
        for (let at = 0; at < walked.answers.length; at++) {
          const changed = walked.answers.with(at, 'no-such-answer');
          expect(describeHandoff(flow, walked.outcome, changed), label(flow, walked)).toBeNull();
        }
      }
    }
  });

  it('an answer after the outcome', () => {
    for (const flow of flows) {
      for (const walked of escalations(flow)) {
        expect(describeHandoff(flow, walked.outcome, [...walked.answers, CONTINUE]), label(flow, walked)).toBeNull();
        expect(describeHandoff(flow, walked.outcome, [...walked.answers, walked.answers[0] ?? 'yes']), label(flow, walked)).toBeNull();
      }
    }
  });

  it('a path and outcome from another flow', () => {
    let checked = 0;
    for (const flow of flows) {
      for (const other of flows.filter((candidate) => candidate.locale === flow.locale && candidate.slug !== flow.slug)) {
        for (const walked of escalations(other)) {
          expect(describeHandoff(flow, walked.outcome, walked.answers), `${label(other, walked)} replayed in ${flow.slug}`).toBeNull();
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('more answers than any URL may carry', () => {
    const flow = flows[0]!;
    const [walked] = escalations(flow);
    expect(describeHandoff(flow, walked!.outcome, [...walked!.answers, ...Array<string>(41).fill(CONTINUE)])).toBeNull();
  });
});

describe('parseAnswerList', () => {
  it('reads no answers from an empty parameter, not one empty answer', () => {
    expect(parseAnswerList('')).toEqual([]);
  });

  it('splits choice ids on commas, in order', () => {
    expect(parseAnswerList('authenticator')).toEqual(['authenticator']);
    expect(parseAnswerList('authenticator,continue,no')).toEqual(['authenticator', 'continue', 'no']);
  });

  it('keeps what it cannot read, for describeHandoff to refuse', () => {
    expect(parseAnswerList('a,,b')).toEqual(['a', '', 'b']);
    const flow = flows[0]!;
    const [walked] = escalations(flow);
    expect(describeHandoff(flow, walked!.outcome, parseAnswerList(`${walked!.answers.join(',')},`))).toBeNull();
  });
});
