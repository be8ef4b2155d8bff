import type { Language } from '../catalogue.ts';
import type { CheckResult } from '../harness/run-checks.ts';
import type { TranscriptEvent } from '../harness/transcript.ts';
import type { Paint } from './paint.ts';
import { describeReplay, learnersPlace, planReplay, type ProgramPlace } from './replay.ts';

const plain: Paint = (_style, text) => text;

const labels: Record<Language, { expected: string; actual: string; hint: string; rules: string }> = {
  en: { expected: 'expected', actual: 'actual', hint: 'hint', rules: 'rules' },
  zh: { expected: '期望', actual: '实际', hint: '提示', rules: '规则' },
};

/**
 * One line per check: mark, id, title; for a failure, what went wrong, the
 * conversation, the hint and how to replay the conversation by hand (`place`
 * says where the programs are, for those commands).
 */
export function formatResult(
  result: CheckResult,
  options: { paint?: Paint; language?: Language; verbose?: boolean; place?: ProgramPlace } = {},
): string {
  const paint = options.paint ?? plain;
  const language = options.language ?? 'en';
  const { check } = result;
  // A check this system cannot run (no IPv6 loopback) says why, on its line.
  if (result.status === 'skipped') return `${paint('dim', '–')} ${paint('bold', check.id)}  ${check.title[language]}  ${paint('dim', `(${result.message})`)}`;
  const mark = result.status === 'passed' ? paint('green', '✓') : paint('red', '✗');
  const head = `${mark} ${paint('bold', check.id)}  ${check.title[language]}`;
  if (result.status === 'passed' && !options.verbose) return head;
  const lines = [head];
  if (result.message) lines.push(`  ${paint('red', result.message)}`);
  if (result.detail) lines.push(indent(result.detail, 4));
  if (result.transcript.length) lines.push(formatTranscript(result.transcript, paint));
  const words = labels[language];
  if (result.expected !== undefined) lines.push(`  ${paint('green', words.expected.padEnd(9))}${indentAfterFirst(result.expected, 11)}`);
  if (result.actual !== undefined) lines.push(`  ${paint('red', words.actual.padEnd(9))}${indentAfterFirst(result.actual, 11)}`);
  if (result.status !== 'passed') {
    lines.push(`  ${paint('yellow', `${words.hint}:`)} ${check.hint[language]}`);
    // The ids lead to the rules: a lesson's own in its page's Goal, [G…] in Getting started.
    if (check.clauses.length) lines.push(`  ${paint('yellow', `${words.rules}:`)} ${check.clauses.map((id) => `[${id}]`).join(' ')}`);
  }
  // A check that could not run at all has no conversation to replay.
  const replay = result.status === 'failed' ? planReplay(check, result.transcript, options.place ?? learnersPlace) : undefined;
  if (replay) {
    const { label, sentence, commands } = describeReplay(replay, language);
    lines.push(`  ${paint('cyan', `${label}:`)} ${sentence}`, ...commands.map((command) => `    ${command}`));
  }
  return lines.join('\n');
}

/** The conversation, one event a line, with times relative to the start of the check. */
export function formatTranscript(events: TranscriptEvent[], paint: Paint = plain): string {
  return events.map((event) => `    ${formatEvent(event, paint)}`).join('\n');
}

/** One event: time, who (the learner's side in yellow, the reference side in cyan), what. */
export function formatEvent(event: TranscriptEvent, paint: Paint = plain): string {
  const time = paint('dim', `+${(event.at / 1000).toFixed(3)}s`);
  const who = event.to ? `${event.from} → ${event.to}` : event.from;
  return `${time}  ${paint(event.from.startsWith('your') ? 'yellow' : 'cyan', who.padEnd(34))} ${describeEvent(event)}`;
}

function describeEvent(event: TranscriptEvent): string {
  switch (event.kind) {
    case 'stdout':
      return `prints  ${event.detail}`;
    case 'stderr':
      return `stderr  ${event.detail}`;
    case 'stdin':
      return `stdin   ${event.detail}`;
    case 'signal':
      return `sends ${event.detail}`;
    default:
      return event.detail;
  }
}

function indent(text: string, spaces: number): string {
  return text
    .split('\n')
    .map((line) => ' '.repeat(spaces) + line)
    .join('\n');
}

function indentAfterFirst(text: string, spaces: number): string {
  const [first, ...rest] = text.split('\n');
  return [first, ...rest.map((line) => ' '.repeat(spaces) + line)].join('\n');
}
