import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../lib/flows/answers';
import { CONTINUE, type FlowGraph, MAX_ANSWERS, canFinish, next, reachable, simplePaths, stepsLeft, walk } from '../../lib/flows/graph';
import { describeFlow } from '../../lib/flows/describe';
import { flowPath } from '../../lib/routes';

/** start -> (a) info -> done; start -> (b) loop-a <-> loop-b -> (out) done2 */
const graph: FlowGraph = {
  start: 'start',
  steps: {
    start: { type: 'question', choices: [{ id: 'a', next: 'info' }, { id: 'b', next: 'loop-a' }] },
    info: { type: 'instruction', next: 'done' },
    done: { type: 'outcome' },
    'loop-a': { type: 'question', choices: [{ id: 'again', next: 'loop-b' }, { id: 'out', next: 'done2' }] },
    'loop-b': { type: 'instruction', next: 'loop-a' },
    done2: { type: 'outcome' },
  },
};

describe('next(state, answer)', () => {
  it('follows a choice or an instruction’s continue, and refuses anything else', () => {
    expect(next(graph, 'start', 'a')).toBe('info');
    expect(next(graph, 'info', CONTINUE)).toBe('done');
    expect(next(graph, 'info', 'a')).toBeNull();
    expect(next(graph, 'done', CONTINUE)).toBeNull();
    expect(next(graph, 'start', 'constructor')).toBeNull();
    expect(next(graph, 'no-such-step', 'a')).toBeNull();
  });
});

describe('walk', () => {
  it('replays the answers from the start', () => {
    expect(walk(graph, [])).toEqual({ ok: true, stepId: 'start', trail: [] });
    expect(walk(graph, ['a', CONTINUE])).toMatchObject({ ok: true, stepId: 'done' });
    expect(walk(graph, ['b', 'again', CONTINUE, 'out'])).toMatchObject({ ok: true, stepId: 'done2' });
  });

  it.each([
    [['c'], 'unknown-answer'],
    [['a', 'a'], 'unknown-answer'],
    [['a', CONTINUE, CONTINUE], 'after-outcome'],
    [['__proto__'], 'unknown-answer'],
    [Array(MAX_ANSWERS + 1).fill('a'), 'too-long'],
  ])('refuses %j (%s)', (answers, reason) => {
    expect(walk(graph, answers)).toEqual({ ok: false, reason });
  });
});

describe('graph facts', () => {
  it('knows what is reachable, what can finish, the simple paths and the steps left', () => {
    expect([...reachable(graph)].sort()).toEqual(Object.keys(graph.steps).sort());
    expect(canFinish(graph).size).toBe(6);
    expect(simplePaths(graph)).toEqual([
      { answers: ['a', CONTINUE], outcome: 'done' },
      // Going round the loop revisits loop-a, so it is not a simple path (but walk() accepts it).
      { answers: ['b', 'out'], outcome: 'done2' },
    ]);
    expect(stepsLeft(graph, 'start')).toBe(3);
    expect(stepsLeft(graph, 'done')).toBe(1);
  });
});

describe('answers in the URL', () => {
  it('round-trips through the path', () => {
    const answers = ['b', 'again', CONTINUE];
    const url = flowPath('en', 'unlock', answers);
    expect(url).toBe('/en/flows/unlock/b/again/continue');
    expect(parseAnswers(url.split('/').slice(4))).toEqual(answers);
    expect(parseAnswers(undefined)).toEqual([]);
  });

  it.each([
    [['..']],
    [['%2e%2e']],
    [['a%2Fb']],
    [['%00']],
    [['%E0%A4%A']],
    [['A']],
    [['__proto__']],
    [['<script>']],
    [['a'.repeat(61)]],
    [Array(MAX_ANSWERS + 1).fill('a')],
  ])('refuses the hostile path %j', (segments) => {
    expect(parseAnswers(segments)).toBeNull();
  });
});

describe('describeFlow', () => {
  it('sums up steps, paths, outcomes and the longest walk', () => {
    const outcome = (result: 'resolved' | 'escalate') => ({ type: 'outcome' as const, result, title: 't', html: '', articles: [] });
    const flow = {
      slug: 'f', locale: 'en', title: 'F', summary: 's', keywords: [], articles: [], start: 'start',
      steps: {
        start: { type: 'question' as const, text: 'q', choices: [{ id: 'a', label: 'A', next: 'info' }, { id: 'b', label: 'B', next: 'done2' }] },
        info: { type: 'instruction' as const, title: 'i', html: '', next: 'done' },
        done: outcome('resolved'),
        done2: outcome('escalate'),
      },
    };
    expect(describeFlow(flow)).toBe('4 steps, 2 paths, 2 outcomes (1 resolved, 1 escalate), at most 3 screens');
  });
});
