import { REQUEST_TOPICS } from '../support/request';
import { canFinish, describeLoop, reachable } from './graph';
import type { FlowFile, FlowStep } from './schema';

/** One thing wrong with a flow: the field (with its step) and the reason, written for a writer. */
export interface FlowProblem {
  field: string;
  message: string;
}

export interface SoundnessContext {
  locales: readonly string[];
  hasArticle: (locale: string, slug: string) => boolean;
}

/**
 * Proves a flow is a sound graph before anyone walks it: every `next` names a step, every step is
 * reachable, every path ends in an outcome (no loop without an exit), every linked article exists
 * in each locale, and every text is there in every locale. Returns every problem, not the first.
 */
export function checkFlow(flow: FlowFile, context: SoundnessContext): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const report = (field: string, message: string) => problems.push({ field, message });
  const stepIds = Object.keys(flow.steps);
  const known = `known steps: ${stepIds.join(', ')}`;

  if (!flow.steps[flow.start]) report('start', `"${flow.start}" is not a step (${known})`);
  for (const [id, step] of Object.entries(flow.steps)) {
    if (step.type === 'question') {
      const seen = new Set<string>();
      step.choices.forEach((choice, index) => {
        if (seen.has(choice.id)) report(`steps.${id}.choices[${index}].id`, `"${choice.id}" is used by another choice of this question`);
        seen.add(choice.id);
        if (!flow.steps[choice.next]) report(`steps.${id}.choices[${index}].next`, `"${choice.next}" is not a step (${known})`);
        if (choice.next === id) report(`steps.${id}.choices[${index}].next`, 'leads back to the same question');
      });
    } else if (step.type === 'instruction') {
      if (!flow.steps[step.next]) report(`steps.${id}.next`, `"${step.next}" is not a step (${known})`);
      if (step.next === id) report(`steps.${id}.next`, 'leads back to the same step');
    } else if (step.result === 'resolved') {
      if (step.channel || step.prepare) report(`steps.${id}`, 'a resolved outcome names no channel and nothing to prepare; use result: escalate');
      if (step.topic) report(`steps.${id}.topic`, 'a resolved outcome sends nobody to support, so it names no topic; use result: escalate');
    } else if (!step.topic) {
      report(`steps.${id}.topic`, `is required on an escalate outcome: the contact form starts with it (one of ${REQUEST_TOPICS.join(', ')})`);
    }
  }

  if (flow.steps[flow.start]) {
    const seen = reachable(flow);
    for (const id of stepIds) if (!seen.has(id)) report(`steps.${id}`, `cannot be reached from the start ("${flow.start}")`);
    const finishing = canFinish(flow);
    const stuck = new Set(stepIds.filter((id) => seen.has(id) && !finishing.has(id)));
    const reported = new Set<string>();
    for (const id of stuck) {
      if (reported.has(id)) continue;
      const loop = describeLoop(flow, stuck, id);
      for (const member of loop) reported.add(member);
      report(`steps.${id}`, `never reaches an outcome: it loops ${loop.join(' → ')} with no way out`);
    }
  }

  checkArticles(flow, context, report);
  checkTranslations(flow, context.locales, report);
  return problems;
}

function checkArticles(flow: FlowFile, context: SoundnessContext, report: (field: string, message: string) => void): void {
  const lists: [string, readonly string[]][] = [['articles', flow.articles]];
  for (const [id, step] of Object.entries(flow.steps)) if (step.type === 'outcome') lists.push([`steps.${id}.articles`, step.articles]);
  for (const [field, slugs] of lists) {
    slugs.forEach((slug, index) => {
      const missing = context.locales.filter((locale) => !context.hasArticle(locale, slug));
      if (missing.length) report(`${field}[${index}]`, `"${slug}" is not an article in ${missing.map((locale) => `${locale}/`).join(', ')}`);
    });
  }
}

/** Every text field of the flow with its path, for the per-locale check. */
function texts(flow: FlowFile): [string, Record<string, unknown>][] {
  const found: [string, Record<string, unknown>][] = [
    ['title', flow.title],
    ['summary', flow.summary],
    ['keywords', flow.keywords],
  ];
  const add = (field: string, value: Record<string, unknown> | undefined) => value && found.push([field, value]);
  for (const [id, step] of Object.entries(flow.steps) as [string, FlowStep][]) {
    const at = `steps.${id}`;
    add(`${at}.text`, step.text);
    add(`${at}.consequence`, step.consequence);
    if (step.type === 'question') {
      add(`${at}.help`, step.help);
      step.choices.forEach((choice, index) => add(`${at}.choices[${index}].label`, choice.label));
    } else if (step.type === 'instruction') {
      add(`${at}.title`, step.title);
      add(`${at}.checklist`, step.checklist);
    } else {
      add(`${at}.title`, step.title);
      add(`${at}.prepare`, step.prepare);
    }
  }
  return found;
}

function checkTranslations(flow: FlowFile, locales: readonly string[], report: (field: string, message: string) => void): void {
  for (const [field, value] of texts(flow)) {
    const missing = locales.filter((locale) => !(locale in value));
    const extra = Object.keys(value).filter((locale) => !locales.includes(locale));
    if (missing.length) report(field, `has no ${missing.join(', ')} text`);
    if (extra.length) report(field, `has text for ${extra.join(', ')}, which site.yaml does not list as a locale`);
  }
  // A checklist or a list to prepare is read line by line; the languages should say the same number of things.
  for (const [field, value] of texts(flow)) {
    if (field === 'keywords') continue; // search words differ by language; they need not pair up
    const lengths = new Set(Object.values(value).filter(Array.isArray).map((list) => list.length));
    if (lengths.size > 1) report(field, 'has a different number of lines in each language');
  }
}

