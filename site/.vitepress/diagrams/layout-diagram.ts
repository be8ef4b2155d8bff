// Lays out a conversation diagram as a sequence diagram: one lifeline per
// program or reference peer, one row per event, arrows for what crosses the
// wire, notes for what a program prints or does. The result is plain numbers
// and strings that the theme's ConversationDiagram component draws as SVG; a
// diagram library would cost more build time than this whole file.

import type { Language } from '../../../workbook/catalogue.ts';
import { isLearnerProgram, type DiagramEvent } from './diagram-data.ts';

export interface Participant {
  name: string;
  label: string;
  x: number;
  headerWidth: number;
  /** Where the lifeline stops: at the program's exit, or at the bottom. */
  lifelineEnd: number;
  learner: boolean;
  /** Still running when the check ended. */
  running: boolean;
}

export type DiagramItem =
  | { type: 'arrow'; kind: DiagramEvent['kind']; y: number; x1: number; x2: number; label: string; title: string }
  | { type: 'note'; kind: DiagramEvent['kind']; y: number; x: number; width: number; label: string; title: string; running?: boolean };

export interface DiagramLayout {
  width: number;
  height: number;
  headerY: number;
  headerHeight: number;
  participants: Participant[];
  items: DiagramItem[];
}

const words = {
  en: {
    connect: 'connect (three-way handshake)',
    starts: 'starts',
    prints: 'prints',
    stderr: 'stderr',
    receives: (signal: string) => `receives ${signal}`,
    exits: (code: string) => `exits with code ${code}`,
    killed: (signal: string) => `killed by ${signal}`,
    endOfInput: 'Ctrl-D (end of input)',
    running: 'still running',
    names: [] as [RegExp, string][],
  },
  zh: {
    connect: '连接（三次握手）',
    starts: '启动',
    prints: '打印',
    stderr: 'stderr',
    receives: (signal: string) => `收到 ${signal}`,
    exits: (code: string) => `退出，退出码 ${code}`,
    killed: (signal: string) => `被 ${signal} 终止`,
    endOfInput: 'Ctrl-D（输入结束）',
    running: '仍在运行',
    names: [
      [/\byour /g, '你的'],
      [/\breference /g, '参考'],
      [/\bserver\b/g, '服务器'],
      [/\bclient\b/g, '客户端'],
      [/\bkeyboard\b/g, '键盘'],
    ] as [RegExp, string][],
  },
} satisfies Record<Language, unknown>;

const font = { ascii: 7.3, wide: 12.5 };
const margin = 16;
const minGap = 150;
const labelPadding = 28;
const maxLabelChars = 44;
const rowHeight = { arrow: 38, note: 30 };
const headerY = 8;
const headerHeight = 30;
const firstRowY = headerY + headerHeight + 14;

/** Approximate width in pixels of monospace text at the diagram's font size (CJK and emoji are wide). */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic}/u.test(char) ? font.wide : font.ascii;
  return Math.ceil(width);
}

function elide(text: string): string {
  const chars = [...text];
  if (chars.length <= maxLabelChars) return text;
  const keep = Math.floor((maxLabelChars - 1) / 2);
  return [...chars.slice(0, keep), '…', ...chars.slice(chars.length - keep)].join('');
}

function participantLabel(name: string, language: Language): string {
  return words[language].names.reduce((label, [pattern, replacement]) => label.replace(pattern, replacement), name);
}

/** Keyboard first, then clients, then servers, each in order of appearance. */
function participantOrder(name: string): number {
  if (name === 'keyboard') return 0;
  if (/client/.test(name)) return 1;
  if (/server/.test(name)) return 2;
  return 3;
}

function isArrow(event: DiagramEvent): event is DiagramEvent & { to: string } {
  return event.to !== undefined && event.kind !== 'signal';
}

/** The text an event shows in `language`. */
function describe(event: DiagramEvent, language: Language): string {
  if (event.label !== undefined) return event.label;
  const w = words[language];
  switch (event.kind) {
    case 'connect':
      return w.connect;
    case 'end':
      return 'FIN';
    case 'reset':
      return 'RST';
    case 'start':
      return w.starts;
    case 'stdout':
      return `${w.prints} ${event.detail}`;
    case 'stderr':
      return `${w.stderr} ${event.detail}`;
    case 'signal':
      return w.receives(event.detail);
    case 'stdin':
      return event.detail === 'end of input (Ctrl-D)' ? w.endOfInput : event.detail;
    case 'exit': {
      const code = /exited with code (\S+)/.exec(event.detail);
      const signal = /killed by (\S+)/.exec(event.detail);
      if (code) return w.exits(code[1]!);
      if (signal) return w.killed(signal[1]!);
      return event.detail;
    }
    default:
      return event.detail;
  }
}

/** Where a note goes: on the program it is about (a signal is about the program it is sent to). */
function noteOwner(event: DiagramEvent): string {
  return event.kind === 'signal' && event.to !== undefined ? event.to : event.from;
}

export function layoutDiagram(events: DiagramEvent[], language: Language): DiagramLayout {
  const names: string[] = [];
  for (const event of events) {
    for (const name of isArrow(event) ? [event.from, event.to] : [noteOwner(event)]) {
      if (!names.includes(name)) names.push(name);
    }
  }
  names.sort((a, b) => participantOrder(a) - participantOrder(b));
  const column = new Map(names.map((name, index) => [name, index]));
  const labels = names.map((name) => participantLabel(name, language));

  // Half of the widest thing centred on each lifeline: its header or a note.
  const halfWidth = labels.map((label) => (textWidth(label) + 20) / 2);
  const shown = events.map((event) => elide(describe(event, language)));
  events.forEach((event, index) => {
    if (isArrow(event)) return;
    const at = column.get(noteOwner(event))!;
    halfWidth[at] = Math.max(halfWidth[at]!, (textWidth(shown[index]!) + 16) / 2);
  });

  // Gaps between neighbouring lifelines: room for both halves, and for every arrow's label.
  const gaps = names.slice(1).map((_, index) => Math.max(minGap, halfWidth[index]! + halfWidth[index + 1]! + 12));
  events.forEach((event, index) => {
    if (!isArrow(event)) return;
    const [from, to] = [column.get(event.from)!, column.get(event.to)!];
    const [left, right] = [Math.min(from, to), Math.max(from, to)];
    const need = textWidth(shown[index]!) + labelPadding;
    const have = gaps.slice(left, right).reduce((sum, gap) => sum + gap, 0);
    if (have < need) for (let gap = left; gap < right; gap++) gaps[gap]! += (need - have) / (right - left);
  });

  const xs = [margin + halfWidth[0]!];
  gaps.forEach((gap, index) => xs.push(xs[index]! + gap));

  const items: DiagramItem[] = [];
  const exits = new Map<string, number>();
  let y = firstRowY;
  events.forEach((event, index) => {
    const label = shown[index]!;
    const title = `${event.from}${event.to ? ` → ${event.to}` : ''}: ${event.detail}`;
    if (isArrow(event)) {
      items.push({ type: 'arrow', kind: event.kind, y, x1: xs[column.get(event.from)!]!, x2: xs[column.get(event.to)!]!, label, title });
      y += rowHeight.arrow;
    } else {
      const owner = noteOwner(event);
      items.push({ type: 'note', kind: event.kind, y, x: xs[column.get(owner)!]!, width: textWidth(label) + 16, label, title });
      if (event.kind === 'exit') exits.set(owner, y + rowHeight.note / 2);
      y += rowHeight.note;
    }
  });

  const running = names.filter((name) => isLearnerProgram(name) && !exits.has(name));
  if (running.length) {
    for (const name of running) {
      const x = xs[column.get(name)!]!;
      const label = words[language].running;
      items.push({ type: 'note', kind: 'note', y, x, width: textWidth(label) + 16, label, title: name, running: true });
    }
    y += rowHeight.note;
  }
  const height = y + 8;
  const participants = names.map((name, index) => ({
    name,
    label: labels[index]!,
    x: xs[index]!,
    headerWidth: textWidth(labels[index]!) + 20,
    lifelineEnd: exits.get(name) ?? height - 4,
    learner: isLearnerProgram(name),
    running: running.includes(name),
  }));
  return { width: Math.ceil(xs.at(-1)! + halfWidth.at(-1)! + margin), height, headerY, headerHeight, participants, items };
}
