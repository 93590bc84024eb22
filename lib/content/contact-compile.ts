import { type CompiledContact, type ContactFile, contactChannelIds } from './contact';
import { type FieldContext, fieldRenderer } from './field-markdown';
import type { Site } from './schema';

/** Renders a validated contact.yaml; a channel missing or unknown to site.yaml is reported, not guessed. */
export async function compileContact(file: ContactFile, site: Site, context: FieldContext): Promise<CompiledContact> {
  const expected = contactChannelIds(site);
  for (const id of expected) {
    if (!file.channels[id]) context.report(`channels.${id}`, `is missing: site.yaml lists the channel "${id}", so the contact page needs its words`);
  }
  for (const id of Object.keys(file.channels)) {
    if (!expected.includes(id)) context.report(`channels.${id}`, `is not a channel in site.yaml (known: ${expected.join(', ')})`);
  }
  const render = fieldRenderer(context);
  const all = (field: string, items: string[]) => Promise.all(items.map((item, index) => render.inline(`${field}[${index}]`, item)));
  const channels: CompiledContact['channels'] = {};
  for (const id of expected) {
    const text = file.channels[id];
    if (!text) continue;
    const at = `channels.${id}`;
    channels[id] = {
      name: render.text(`${at}.name`, text.name),
      when: await render.markdown(`${at}.when`, text.when),
      steps: await all(`${at}.steps`, text.steps),
      doNotShare: await render.markdown(`${at}.doNotShare`, text.doNotShare),
    };
  }
  return {
    intro: await render.markdown('intro', file.intro),
    channels,
    prepare: { intro: await render.markdown('prepare.intro', file.prepare.intro), items: await all('prepare.items', file.prepare.items) },
    duplicates: await render.markdown('duplicates', file.duplicates),
    clearRequest: {
      intro: await render.markdown('clearRequest.intro', file.clearRequest.intro),
      tips: await all('clearRequest.tips', file.clearRequest.tips),
    },
  };
}
