// Lesson 13 speaks lesson 6's lines, so it plays as lesson 6 does, over
// 127.0.0.1: each line you type reaches your server in three pieces, and your
// client gets each reply in pieces too. The other families are for a second
// terminal: see the lesson's "Try it by hand".
export { default } from '../06-line-echo/play.ts';
