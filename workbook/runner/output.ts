import type { Language } from '../catalogue.ts';
import { painter, wantsColor, type Paint } from '../report/paint.ts';

/** How the runner talks to the learner: where, in which language, with or without colour. */
export interface Output {
  paint: Paint;
  color: boolean;
  language: Language;
  write(text: string): void;
}

export function terminalOutput(language: Language): Output {
  const color = wantsColor(process.stdout);
  return { paint: painter(color), color, language, write: (text) => process.stdout.write(`${text}\n`) };
}

/** `--lang`, else the locale: Chinese for a zh locale, English otherwise. */
export function pickLanguage(flag: string | undefined): Language {
  const wanted = flag ?? process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG ?? '';
  return wanted.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The runner's own sentences, in both languages. */
export const say = {
  en: {
    checking: (n: number, title: string, where: string) => `Lesson ${n} · ${title}   (${where})`,
    summary: (passed: number, total: number, points: number, max: number) =>
      `${passed} of ${total} checks pass (${points} of ${max} points).`,
    fixFirst: (n: number) => `Fix the first failure above, save, and run \`npm run lesson ${n}\` again (or keep \`npm run lesson ${n} -- --watch\` open).`,
    allPass: (total: number) => `All ${total} checks pass.`,
    next: (n: number, title: string) => `Next: lesson ${n} · ${title} — npm run lesson ${n}`,
    finished: 'That was the last lesson: you have finished the workbook.',
    hints: (n: number, title: string) => `Hints for lesson ${n} · ${title}`,
    watching: (where: string) => `Watching ${where}: save a file to check again; Ctrl-C stops.`,
    reused: (files: string) => `${files} unchanged since the last run: its checks' verdicts are kept, not run again.`,
    unknownLesson: (key: string, last: number) => `There is no lesson "${key}": lessons are numbered 1 to ${last}. Run \`npm run lesson\` to list them.`,
    statusHeader: (where: string) => `Your lessons (in ${where}/):`,
    passed: 'passed',
    failing: (passed: number, total: number) => `failing (${passed}/${total} checks)`,
    notStarted: 'not started',
    nextToDo: (n: number, title: string) => `Next to do: lesson ${n} · ${title} — npm run lesson ${n}`,
    allDone: 'Every lesson passes. Well done!',
  },
  zh: {
    checking: (n: number, title: string, where: string) => `第 ${n} 课 · ${title}   (${where})`,
    summary: (passed: number, total: number, points: number, max: number) =>
      `${total} 项检查通过 ${passed} 项（${max} 分中得 ${points} 分）。`,
    fixFirst: (n: number) => `先修正上面的第一个失败，保存后再运行 \`npm run lesson ${n}\`（或一直开着 \`npm run lesson ${n} -- --watch\`）。`,
    allPass: (total: number) => `全部 ${total} 项检查通过。`,
    next: (n: number, title: string) => `下一课：第 ${n} 课 · ${title} — npm run lesson ${n}`,
    finished: '这是最后一课：你已经完成了整本练习册。',
    hints: (n: number, title: string) => `第 ${n} 课 · ${title} 的提示`,
    watching: (where: string) => `正在监视 ${where}：保存文件即重新检查；按 Ctrl-C 停止。`,
    reused: (files: string) => `${files} 自上次检查以来没有改动：沿用它那些检查的结果，不再重跑。`,
    unknownLesson: (key: string, last: number) => `没有“${key}”这一课：课程编号是 1 到 ${last}。运行 \`npm run lesson\` 查看列表。`,
    statusHeader: (where: string) => `你的课程（${where}/ 目录）：`,
    passed: '已通过',
    failing: (passed: number, total: number) => `未通过（${passed}/${total} 项检查）`,
    notStarted: '未开始',
    nextToDo: (n: number, title: string) => `接下来：第 ${n} 课 · ${title} — npm run lesson ${n}`,
    allDone: '所有课程都通过了，干得好！',
  },
} satisfies Record<Language, Record<string, unknown>>;
