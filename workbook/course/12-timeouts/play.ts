import { definePlay } from '../../play/define-play.ts';
import { answerLines, framingServer, inPieces, type Answer } from '../../play/framing-peers.ts';
import { typingClient } from '../../play/reference-peers.ts';

// Your server: each line you type goes out with `\n`, cut in three pieces 300 ms
// apart, as in lesson 6; start it with a short IDLE_TIMEOUT_MS and stop typing
// to be told bye. Your client: the reference server answers only the lines that
// end in `?`; for any other line, watch your client give up after
// REPLY_TIMEOUT_MS.

/** Lesson 6's answers, but only to questions: every other line goes unanswered. */
const answerQuestions: Answer = (buffered, atEnd) => {
  const answered = answerLines(buffered, atEnd);
  const isUnanswered = (reply: Buffer) => reply.toString('utf8').startsWith('Return your msg: ') && !reply.toString('utf8').endsWith('?\n');
  return { ...answered, replies: answered.replies.filter((reply) => !isUnanswered(reply)) };
};

export default definePlay({
  referenceClient: typingClient({ terminator: '\n', send: inPieces }),
  referenceServer: framingServer(answerQuestions),
});
