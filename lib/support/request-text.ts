import type { FlowHandoff } from '../flows/handoff';
import type { RequestTopic, SupportRequest } from './request';

/** The words around a request's fields, in the person's language (lib/i18n/messages: contact.request). */
export interface RequestTextLabels {
  topic: string;
  uid: string;
  txid: string;
  time: string;
  description: string;
  guide: string;
  outcome: string;
  tried: string;
  /** Between a label and its value (": ", and "：" in Chinese), and between a question and its answer. */
  separator: string;
  answerSeparator: string;
  topics: Record<RequestTopic, string>;
}

export interface PreparedRequest {
  subject: string;
  text: string;
}

const SUBJECT_SUMMARY_LENGTH = 60;

/**
 * The request as support reads it: the facts first, one per line, the guide's answers next, the
 * person's own words last. Plain text, so it reads the same in a chat box, an e-mail or a ticket.
 */
export function formatRequest(request: SupportRequest, labels: RequestTextLabels, handoff?: FlowHandoff | null): PreparedRequest {
  const topic = labels.topics[request.topic];
  const line = (label: string, value: string) => `${label}${labels.separator}${value}`;
  const lines = [line(labels.topic, topic)];
  if (request.uid) lines.push(line(labels.uid, request.uid));
  if (request.txid) lines.push(line(labels.txid, request.txid));
  lines.push(line(labels.time, `${request.time.replace('T', ' ').replace('Z', '')} UTC`));
  if (handoff) {
    lines.push('', line(labels.guide, handoff.flowTitle));
    for (const step of handoff.trail) {
      lines.push(step.kind === 'answered' ? `- ${step.question}${labels.answerSeparator}${step.answer}` : `- ${line(labels.tried, step.step)}`);
    }
    lines.push(line(labels.outcome, handoff.outcomeTitle));
  }
  lines.push('', `${labels.description}${labels.separator.trimEnd()}`, request.description);
  return { subject: line(topic, summarize(handoff?.outcomeTitle ?? request.description)), text: lines.join('\n') };
}

/** The first line of `text`, cut at a word (or, in Chinese, a character) near the subject's length. */
function summarize(text: string): string {
  const firstLine = text.split('\n', 1)[0]!.trim();
  const characters = Array.from(firstLine);
  if (characters.length <= SUBJECT_SUMMARY_LENGTH) return firstLine;
  const cut = characters.slice(0, SUBJECT_SUMMARY_LENGTH).join('');
  const atSpace = cut.lastIndexOf(' ');
  return `${atSpace > SUBJECT_SUMMARY_LENGTH / 2 ? cut.slice(0, atSpace) : cut}…`;
}

/** An e-mail link that opens the person's mail app with the request filled in (RFC 6068: every part percent-encoded). */
export function mailtoHref(address: string, { subject, text }: PreparedRequest): string {
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text.replace(/\r?\n/g, '\r\n'))}`;
}
