import type { RequestTopic } from '../support/request';
import type { CompiledFlow } from './compiled';
import { walk } from './graph';

/** What a flow learned before it sent the person to support, in the words they saw. */
export interface FlowHandoff {
  flow: string;
  outcome: string;
  answers: string[];
  /** The flow's title and the escalation outcome's title. */
  flowTitle: string;
  outcomeTitle: string;
  /** Each question with the answer chosen, and each instruction followed (the steps already tried), in order. */
  trail: ({ kind: 'answered'; question: string; answer: string } | { kind: 'tried'; step: string })[];
  /** What the outcome asks the person to have ready. */
  prepare: string[];
  /** The contact form's topic the outcome names, chosen for the person. */
  topic: RequestTopic | undefined;
}

/**
 * Replays a flow's answers as carried to the contact page (`?flow=&outcome=&answers=`). Only a walk
 * that ends on that flow's escalation outcome counts: a tampered or stale link carries nothing,
 * rather than words the person never chose.
 */
export function describeHandoff(flow: CompiledFlow, outcome: string, answers: readonly string[]): FlowHandoff | null {
  const walked = walk(flow, answers);
  if (!walked.ok || walked.stepId !== outcome) return null;
  const end = flow.steps[outcome];
  if (end?.type !== 'outcome' || end.result !== 'escalate') return null;
  const trail: FlowHandoff['trail'] = [];
  for (const { stepId, answer } of walked.trail) {
    const step = flow.steps[stepId]!;
    if (step.type === 'question') trail.push({ kind: 'answered', question: step.text, answer: step.choices.find((choice) => choice.id === answer)!.label });
    else if (step.type === 'instruction') trail.push({ kind: 'tried', step: step.title });
  }
  return { flow: flow.slug, outcome, answers: [...answers], flowTitle: flow.title, outcomeTitle: end.title, trail, prepare: end.prepare ?? [], topic: end.topic };
}

/** The `answers` query parameter: choice ids joined by commas. */
export function parseAnswerList(value: string): string[] {
  return value === '' ? [] : value.split(',');
}
