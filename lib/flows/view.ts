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

const prebuiltKeys = new WeakMap<CompiledFlow, Set<string>>();

/**
 * Whether these answers (as the URL gave them) are a page built ahead. Any other address renders on
 * demand and must not be kept: there are endless such addresses (loops, typos, attacks), and a page
 * cache that stored each would fill the disk.
 */
export function isPrebuiltFlowPath(flow: CompiledFlow, answers: readonly string[]): boolean {
  let keys = prebuiltKeys.get(flow);
  if (!keys) {
    keys = new Set(flowPagePaths(flow).map((path) => JSON.stringify(path)));
    prebuiltKeys.set(flow, keys);
  }
  return keys.has(JSON.stringify(answers));
}

/** Where flow steps that were not built ahead are rendered, per request (the proxy sends them there). */
export const FLOW_STEPS_SEGMENT = 'flow-steps';

/**
 * The address a flow step is rendered at: null for a page built ahead (served as it is), else the
 * per-request twin route for the same step. Unknown flows are left alone (they are the 404's).
 */
export function flowStepRewrite(pathname: string, flowOf: (locale: string, slug: string) => CompiledFlow | null): string | null {
  const match = /^\/([^/]+)\/flows\/([^/]+)(?:\/(.*))?$/.exec(pathname);
  if (!match) return null;
  const [, locale, slug, rest] = match as unknown as [string, string, string, string | undefined];
  const flow = flowOf(locale, slug);
  if (!flow) return null;
  // Decoded as the page decodes them: a path it could not read is never a built one.
  const answers = parseAnswers(rest ? rest.split('/') : []);
  if (answers && isPrebuiltFlowPath(flow, answers)) return null;
  return `/${locale}/${FLOW_STEPS_SEGMENT}/${slug}${rest ? `/${rest}` : ''}`;
}

/** Every answers path worth building ahead: the start and each step on a path without repeats. */
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
