import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fieldRenderer } from '../content/field-markdown';
import { type ContentProblem, problemsFromZod } from '../content/problems';
import { slugSchema } from '../content/schema';
import { YamlSyntaxError, parseYaml } from '../content/yaml';
import type { CompiledFlow, CompiledFlowStep } from './compiled';
import { type FlowFile, type FlowStep, flowFileSchema } from './schema';
import { checkFlow } from './soundness';

export interface FlowContext {
  locales: readonly string[];
  variables: ReadonlyMap<string, string>;
  hasArticle: (locale: string, slug: string) => boolean;
  display: (file: string) => string;
}

/**
 * Reads content/flows/*.yaml, validates each file with the flow schema, proves its graph sound and
 * renders its Markdown once per locale. The folder is optional: a help center may have no flows.
 */
export async function compileFlows(
  flowsDir: string,
  context: FlowContext,
): Promise<{ flows: Map<string, CompiledFlow[]>; problems: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  const flows = new Map(context.locales.map((locale) => [locale, [] as CompiledFlow[]]));
  const names = (await readdir(flowsDir).catch(() => [] as string[])).filter((name) => /\.ya?ml$/.test(name)).sort();
  for (const name of names) {
    const file = path.join(flowsDir, name);
    const shown = context.display(file);
    const report = (field: string | undefined, message: string) => problems.push({ file: shown, field, message, severity: 'error' });
    const slug = name.replace(/\.ya?ml$/, '');
    if (!slugSchema.safeParse(slug).success) {
      report('file name', 'expected lowercase words joined by hyphens, like password-reset.yaml');
      continue;
    }
    let data: unknown;
    try {
      data = parseYaml(await readFile(file, 'utf8'));
    } catch (error) {
      const where = error instanceof YamlSyntaxError && error.line !== undefined ? ` (line ${error.line})` : '';
      report(undefined, `invalid YAML${where}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const parsed = flowFileSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(...problemsFromZod(shown, parsed.error, Object.keys(flowFileSchema.shape)));
      continue;
    }
    const before = problems.length;
    for (const problem of checkFlow(parsed.data, context)) report(problem.field, problem.message);
    // Rendered even when the graph is unsound, so broken links are listed in the same run.
    const compiled = await Promise.all(context.locales.map((locale) => compileFlow(slug, locale, parsed.data, context, report)));
    if (problems.length > before) continue;
    compiled.forEach((flow) => flows.get(flow.locale)?.push(flow));
  }
  for (const list of flows.values()) list.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.slug.localeCompare(b.slug));
  return { flows, problems };
}

async function compileFlow(
  slug: string,
  locale: string,
  flow: FlowFile,
  context: FlowContext,
  report: (field: string, message: string) => void,
): Promise<CompiledFlow> {
  // Every text of the flow goes through here, so an unknown {{name}} or a broken link is reported wherever it is.
  const render = fieldRenderer({ locale, variables: context.variables, hasArticle: context.hasArticle, report: (field, message) => report(`${field}.${locale}`, message) });
  const text = (field: string, value: Record<string, string>) => render.text(field, value[locale] ?? '');
  const list = (field: string, value: Record<string, string[]> | undefined) => value?.[locale]?.map((line) => render.text(field, line));
  const markdown = async (field: string, value: Record<string, string> | undefined) => (value ? render.markdown(field, value[locale] ?? '') : undefined);

  const steps: Record<string, CompiledFlowStep> = {};
  for (const [id, step] of Object.entries(flow.steps) as [string, FlowStep][]) {
    const at = `steps.${id}`;
    const consequence = step.consequence && text(`${at}.consequence`, step.consequence);
    if (step.type === 'question') {
      steps[id] = {
        type: 'question',
        text: text(`${at}.text`, step.text),
        help: await markdown(`${at}.help`, step.help),
        consequence,
        choices: step.choices.map((choice) => ({ id: choice.id, label: text(`${at}.choices.${choice.id}.label`, choice.label), next: choice.next })),
      };
    } else if (step.type === 'instruction') {
      steps[id] = {
        type: 'instruction',
        title: text(`${at}.title`, step.title),
        html: (await markdown(`${at}.text`, step.text)) ?? '',
        checklist: list(`${at}.checklist`, step.checklist),
        consequence,
        next: step.next,
      };
    } else {
      steps[id] = {
        type: 'outcome',
        result: step.result,
        title: text(`${at}.title`, step.title),
        html: (await markdown(`${at}.text`, step.text)) ?? '',
        articles: step.articles,
        channel: step.channel,
        prepare: list(`${at}.prepare`, step.prepare),
        topic: step.topic,
        consequence,
      };
    }
  }
  return {
    slug,
    locale,
    title: text('title', flow.title),
    summary: text('summary', flow.summary),
    keywords: list('keywords', flow.keywords) ?? [],
    articles: flow.articles,
    start: flow.start,
    order: flow.order,
    steps,
  };
}
