import { flowStepOfPath } from '../routes';
import { parseAnswers } from './answers';
import type { CompiledFlow, CompiledFlowStep } from './compiled';
import { CONTINUE, simplePaths, stepsLeft, walk } from './graph';

export interface FlowStepView {
  flow: CompiledFlow;
  stepId: string;
  step: CompiledFlowStep;
  /** The answers that lead here; the path of this page's URL. */
  answers: string[];
  /** True when the URL's answers did not fit the flow and the person was sent back to the start. */
  restarted: boolean;
  /** Step number, and the most steps the flow can still take from here, for the progress indicator. */
  progress: { current: number; total: number };
  /** Each choice (or the instruction's one way on) with the answers of the page it leads to. */
  options: { id: string; label?: string; answers: string[] }[];
}

/**
 * What a flow page shows for the answers in its URL. A tampered or stale URL (an unknown answer, an
 * answer after the outcome) is not an error: it shows the start, with `restarted` set for a notice.
 */
export function viewFlowStep(flow: CompiledFlow, answers: readonly string[] | null): FlowStepView {
  const walked = answers ? walk(flow, answers) : null;
  const ok = walked?.ok === true;
  const stepId = ok ? walked.stepId : flow.start;
  const path = ok ? [...answers!] : [];
  const step = flow.steps[stepId]!;
  const options =
    step.type === 'question'
      ? step.choices.map((choice) => ({ id: choice.id, label: choice.label, answers: [...path, choice.id] }))
      : step.type === 'instruction'
        ? [{ id: CONTINUE, answers: [...path, CONTINUE] }]
        : [];
  return {
    flow,
    stepId,
    step,
    answers: path,
    restarted: !ok,
    progress: { current: path.length + 1, total: path.length + stepsLeft(flow, stepId) },
    options,
  };
}

const keptKeys = new WeakMap<CompiledFlow, Set<string>>();

/**
 * Whether the answers in a flow step's address (as written, still %-encoded) are a page that is
 * kept: built ahead, or rendered on its first request and stored like one (see flowPagePaths).
 * Any other address renders per request and must not be kept: there are endless such addresses
 * (loops, typos, attacks), and a page cache that stored each would fill the disk.
 */
export function isKeptFlowStep(flow: CompiledFlow, written: readonly string[]): boolean {
  // Decoded as the page decodes them: a path it could not read is never a kept one.
  const answers = parseAnswers(written);
  if (!answers) return false;
  let keys = keptKeys.get(flow);
  if (!keys) {
    keys = new Set(flowPagePaths(flow).map((path) => JSON.stringify(path)));
    keptKeys.set(flow, keys);
  }
  return keys.has(JSON.stringify(answers));
}

/** Where flow steps that are not kept are rendered, per request (the proxy sends them there). */
export const FLOW_STEPS_SEGMENT = 'flow-steps';

/**
 * The address a flow step is rendered at: null for a kept page (served from the flow route), else
 * the per-request twin route for the same step. Unknown flows are left alone (they are the 404's).
 */
export function flowStepRewrite(pathname: string, flowOf: (locale: string, slug: string) => CompiledFlow | null): string | null {
  const page = flowStepOfPath(pathname);
  const flow = page && flowOf(page.locale, page.flow);
  if (!page || !flow || isKeptFlowStep(flow, page.answers)) return null;
  return `/${page.locale}/${FLOW_STEPS_SEGMENT}/${page.flow}${page.answers.map((answer) => `/${answer}`).join('')}`;
}

/**
 * How many answers deep the build renders each flow's steps. Every reader of a flow sees its start
 * and most see the next step or two; past that the paths fan out, each step is seen by fewer readers
 * and there are many more of them (in the sample, 160 steps are two answers deep or less, 866 are
 * deeper). The deeper ones render on their first request and are kept, which spares the build
 * about 20 ms a page.
 */
export const FLOW_DEPTH_BUILT_AHEAD = 2;

/** Every answers path whose page is kept (built ahead, or on its first request): the start and each step on a path without repeats. */
export function flowPagePaths(flow: CompiledFlow): string[][] {
  const seen = new Map<string, string[]>([['', []]]);
  for (const { answers } of simplePaths(flow)) {
    for (let length = 1; length <= answers.length; length++) {
      const prefix = answers.slice(0, length);
      seen.set(prefix.join('/'), prefix);
    }
  }
  return [...seen.values()];
}
