/**
 * The graph side of a flow: which step each answer leads to. Pure and framework-free, shared by the
 * build's soundness check, the pages and the tests.
 */

/** The answer that moves on from an instruction step (the URL word for its "Continue" link). */
export const CONTINUE = 'continue';

/** The least a step must tell about itself for the graph to be walked. */
export type GraphStep =
  | { type: 'question'; choices: readonly { id: string; next: string }[] }
  | { type: 'instruction'; next: string }
  | { type: 'outcome' };

export interface FlowGraph<Step extends GraphStep = GraphStep> {
  start: string;
  steps: Readonly<Record<string, Step>>;
}

/** Every answer a step accepts, with the step it leads to. */
export function edges(step: GraphStep): { answer: string; next: string }[] {
  if (step.type === 'question') return step.choices.map((choice) => ({ answer: choice.id, next: choice.next }));
  if (step.type === 'instruction') return [{ answer: CONTINUE, next: step.next }];
  return [];
}

/** `next(state, answer)`: the step an answer leads to, or null when the step does not accept it. */
export function next<Step extends GraphStep>(graph: FlowGraph<Step>, stepId: string, answer: string): string | null {
  const step = graph.steps[stepId];
  const target = step && edges(step).find((edge) => edge.answer === answer)?.next;
  return target !== undefined && graph.steps[target] ? target : null;
}

/** A URL holds at most this many answers: far more than any real flow, and it bounds the work a tampered URL causes. */
export const MAX_ANSWERS = 40;

export type Walk =
  | { ok: true; stepId: string; trail: { stepId: string; answer: string }[] }
  | { ok: false; reason: 'too-long' | 'unknown-answer' | 'after-outcome' };

/** Replays the answers from the start; the server keeps no state, the path in the URL is the state. */
export function walk(graph: FlowGraph, answers: readonly string[]): Walk {
  if (answers.length > MAX_ANSWERS) return { ok: false, reason: 'too-long' };
  let stepId = graph.start;
  const trail: { stepId: string; answer: string }[] = [];
  for (const answer of answers) {
    if (graph.steps[stepId]?.type === 'outcome') return { ok: false, reason: 'after-outcome' };
    const target = next(graph, stepId, answer);
    if (target === null) return { ok: false, reason: 'unknown-answer' };
    trail.push({ stepId, answer });
    stepId = target;
  }
  return { ok: true, stepId, trail };
}

/** Steps reachable from the start, in the order they are first met. */
export function reachable(graph: FlowGraph): Set<string> {
  const seen = new Set<string>();
  const queue = [graph.start];
  while (queue.length) {
    const id = queue.shift()!;
    const step = graph.steps[id];
    if (seen.has(id) || !step) continue;
    seen.add(id);
    for (const edge of edges(step)) queue.push(edge.next);
  }
  return seen;
}

/** Steps from which some path reaches an outcome; any other step is stuck in a loop. */
export function canFinish(graph: FlowGraph): Set<string> {
  const done = new Set(Object.entries(graph.steps).filter(([, step]) => step.type === 'outcome').map(([id]) => id));
  for (let changed = true; changed; ) {
    changed = false;
    for (const [id, step] of Object.entries(graph.steps)) {
      if (!done.has(id) && edges(step).some((edge) => done.has(edge.next))) {
        done.add(id);
        changed = true;
      }
    }
  }
  return done;
}

/**
 * Every path from the start to an outcome that visits no step twice, as its list of answers.
 * Flows are small, so this is the set of pages worth building ahead; a loop a person takes anyway
 * is rendered when asked for.
 */
export function simplePaths(graph: FlowGraph): { answers: string[]; outcome: string }[] {
  const paths: { answers: string[]; outcome: string }[] = [];
  const visit = (id: string, answers: string[], seen: Set<string>) => {
    const step = graph.steps[id];
    if (!step || seen.has(id)) return;
    if (step.type === 'outcome') {
      paths.push({ answers, outcome: id });
      return;
    }
    const inside = new Set(seen).add(id);
    for (const edge of edges(step)) visit(edge.next, [...answers, edge.answer], inside);
  };
  visit(graph.start, [], new Set());
  return paths;
}

/** The most steps, this one included, that can still come before an outcome on a path without repeats. */
export function stepsLeft(graph: FlowGraph, from: string, seen: ReadonlySet<string> = new Set()): number {
  const step = graph.steps[from];
  if (!step || seen.has(from)) return 0;
  if (step.type === 'outcome') return 1;
  const inside = new Set(seen).add(from);
  return 1 + Math.max(0, ...edges(step).map((edge) => stepsLeft(graph, edge.next, inside)));
}

/** A loop of steps that never reaches an outcome, for the error message: a → b → a. */
export function describeLoop(graph: FlowGraph, stuck: ReadonlySet<string>, from: string): string[] {
  const path = [from];
  for (let id = from; ; ) {
    const step = graph.steps[id];
    const nextId = step && edges(step).map((edge) => edge.next).find((target) => stuck.has(target));
    if (nextId === undefined) return path;
    path.push(nextId);
    if (path.indexOf(nextId) !== path.length - 1) return path.slice(path.indexOf(nextId));
    id = nextId;
  }
}
