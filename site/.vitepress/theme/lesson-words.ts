// Words and small helpers shared by the components that list a lesson's checks
// and its classic mistakes.
import { withBase } from 'vitepress';
import type { Language } from '../../../workbook/catalogue.ts';
import { pageLink } from '../site-pages.ts';

export const lessonWords = {
  en: {
    role: { server: 'Your server', client: 'Your client' },
    sentence: (role: string, text: string) => `${role} ${text}.`,
    points: (n: number) => (n === 1 ? '1 point' : `${n} points`),
    hint: 'Hint:',
    rules: 'Rules:',
    breaks: 'Breaks:',
    fails: 'Fails:',
  },
  zh: {
    role: { server: '你的服务器', client: '你的客户端' },
    sentence: (role: string, text: string) => `${role}：${text}。`,
    points: (n: number) => `${n} 分`,
    hint: '提示：',
    rules: '规则：',
    breaks: '违反：',
    fails: '未通过：',
  },
} as const satisfies Record<Language, unknown>;

export type Piece = { text: string; code?: boolean; href?: string };

/** Text with `code` in backticks, as pieces to render. */
export function codePieces(text: string): Piece[] {
  return text
    .split('`')
    .map((part, index) => ({ text: part, code: index % 2 === 1 }))
    .filter((piece) => piece.text);
}

/** Where a rule is written: a lesson's own in its Goal, a general one in Getting started. */
export function ruleLink(id: string, language: Language): string {
  return /^G\d+$/.test(id) ? withBase(`${pageLink('getting-started', language)}#what-every-program-does`) : '#goal';
}
