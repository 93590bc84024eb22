import type { CompiledFlow } from './compiled';
import { simplePaths, stepsLeft } from './graph';

/** A flow's shape in one line, for the content check's summary: what a reviewer wants to know. */
export function describeFlow(flow: CompiledFlow): string {
  const steps = Object.values(flow.steps);
  const outcomes = steps.filter((step) => step.type === 'outcome');
  const resolved = outcomes.filter((step) => step.type === 'outcome' && step.result === 'resolved').length;
  return [
    `${steps.length} steps`,
    `${simplePaths(flow).length} paths`,
    `${outcomes.length} outcomes (${resolved} resolved, ${outcomes.length - resolved} escalate)`,
    `at most ${stepsLeft(flow, flow.start)} screens`,
  ].join(', ');
}
