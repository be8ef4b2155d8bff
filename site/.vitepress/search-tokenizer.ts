// Search that understands Chinese. MiniSearch splits text on spaces and
// punctuation, which leaves a Chinese sentence as one long "word" that no query
// matches. Intl.Segmenter knows where Chinese words end; the pieces it returns
// are split once more at punctuation, so `socket.write()` is found by `write`.
//
// VitePress ships this function to the browser as source text: it must not use
// anything from outside its own body.
export function tokenizeForSearch(text: string): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) continue;
    for (const word of segment.split(/[^\p{L}\p{N}_]+/u)) if (word) words.push(word);
  }
  return words;
}
