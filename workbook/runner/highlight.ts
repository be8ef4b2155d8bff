/**
 * Colours the code in a code frame (`> 12 | const x = …`) with shiki, keeping
 * the gutter plain. Loaded only when a frame is shown on a colour terminal:
 * shiki's first highlight costs a few hundred milliseconds.
 */
export async function highlightFrame(frame: string): Promise<string> {
  const { codeToANSI } = await import('@shikijs/cli');
  const gutter = /^(.{0,2}\s*\d+ \| )(.*)$/;
  const lines = frame.split('\n').map((line) => gutter.exec(line) ?? [line, '', line]);
  const code = await codeToANSI(lines.map((match) => match[2]).join('\n'), 'typescript', 'github-dark');
  const coloured = code.replace(/\n$/, '').split('\n');
  return lines.map((match, index) => `${match[1]}${coloured[index] ?? match[2]}`).join('\n');
}
