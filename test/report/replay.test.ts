// How a failing check says to replay its conversation by hand: derived from
// the transcript and the lesson's facts, for every shape of conversation.
import { describe, expect, test } from 'vitest';
import { findCheck, type Check } from '../../workbook/catalogue.ts';
import { describeCheck } from '../../workbook/grade/check-text.ts';
import { gradeCheck } from '../../workbook/grade/report.ts';
import type { CheckResult } from '../../workbook/harness/run-checks.ts';
import { Transcript } from '../../workbook/harness/transcript.ts';
import { formatResult } from '../../workbook/report/format-result.ts';
import { describeReplay, planReplay } from '../../workbook/report/replay.ts';

function check(id: string): Check {
  const found = findCheck(id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
}

/** A check's transcript: the learner's server started and listening, then what `steps` add. */
function serverConversation(steps: (t: Transcript) => void): Transcript {
  const transcript = new Transcript();
  transcript.add('start', 'your server', 'started (pid 4242)');
  transcript.add('stdout', 'your server', 'listening on 127.0.0.1:40123');
  steps(transcript);
  return transcript;
}

const connect = (t: Transcript, name = 'reference client') => t.add('connect', name, 'connected from port 50001', 'your server');
const send = (t: Transcript, bytes: string | Uint8Array, name = 'reference client') => t.sent(name, 'your server', bytes, { protocol: 'tcp' });
const datagram = (t: Transcript, bytes: string | Uint8Array, name = 'reference client') =>
  t.sent(name, 'your server', bytes, { protocol: 'udp', shown: 'datagram …' });

/** The replay of a lesson 6 server check whose conversation `steps` make. */
const lineEchoReplay = (steps: (t: Transcript) => void) => planReplay(check('06/server-replies-to-lines'), serverConversation(steps).events);

describe('a server check whose one client sent its bytes in one write', () => {
  test('is replayed by the server started by hand and an nc line fed with those bytes', () => {
    const replay = lineEchoReplay((t) => {
      connect(t);
      send(t, 'hel');
      t.data('your server', 'reference client', 'nothing yet');
    });
    expect(replay).toEqual({ kind: 'nc', server: 'npx tsx lessons/06-line-echo/server.ts', nc: "printf 'hel' | nc 127.0.0.1 9006", then: 'send' });
  });

  test('sends FIN at the end with -N only when the check did', () => {
    const replay = lineEchoReplay((t) => {
      connect(t);
      send(t, 'hel');
      t.add('end', 'reference client', 'closed its side of the connection (FIN)', 'your server');
    });
    expect(replay).toMatchObject({ kind: 'nc', nc: "printf 'hel' | nc -N 127.0.0.1 9006" });
  });

  test('escapes what printf and the quotes would change', () => {
    const replay = lineEchoReplay((t) => {
      connect(t);
      send(t, "it's 100% \\ 你好\r\n");
    });
    expect(replay).toMatchObject({ nc: "printf 'it\\047s 100%% \\\\ 你好\\r\\n' | nc 127.0.0.1 9006" });
  });

  test('makes a long payload with a command', () => {
    const tooLong = lineEchoReplay((t) => {
      connect(t);
      send(t, `${'你'.repeat(21845)}xy\n`);
    });
    expect(tooLong).toMatchObject({ nc: "{ yes '你' | head -n 21845 | tr -d '\\n'; printf 'xy\\n'; } | nc 127.0.0.1 9006" });
    const flood = lineEchoReplay((t) => {
      connect(t);
      t.sent('reference client', 'your server', Buffer.alloc(64 * 1024, 'x'), { protocol: 'tcp', times: 64, shown: '"xxx…" again and again' });
    });
    expect(flood).toMatchObject({ nc: "head -c 4194304 /dev/zero | tr '\\0' x | nc 127.0.0.1 9006" });
  });

  test('is played instead when the bytes do not fit on one line', () => {
    const varied = Array.from({ length: 200 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    const binary = new Uint8Array(100_000);
    for (let i = 0; i < binary.length; i++) binary[i] = i % 251;
    for (const bytes of [varied, binary]) {
      expect(
        lineEchoReplay((t) => {
          connect(t);
          send(t, bytes);
        }),
      ).toEqual({ kind: 'play', role: 'server', command: 'npm run lesson 6 -- --play', reason: { why: 'too-long' } });
    }
  });
});

describe('a server check that one nc line cannot replay', () => {
  test('with several clients, is played, saying how many took part', () => {
    const replay = lineEchoReplay((t) => {
      connect(t, 'reference client A');
      connect(t, 'reference client B');
      send(t, 'hello\n', 'reference client A');
    });
    expect(replay).toEqual({ kind: 'play', role: 'server', command: 'npm run lesson 6 -- --play', reason: { why: 'clients', count: 2 } });
  });

  test('with bytes sent in pieces, is played, saying in how many writes', () => {
    const replay = lineEchoReplay((t) => {
      connect(t);
      for (const piece of ['hel', 'lo', '\n']) send(t, piece);
    });
    expect(replay).toMatchObject({ kind: 'play', reason: { why: 'writes', count: 3 } });
  });

  test('with a reset, a restarted server, or bytes counted rather than listed, is played', async () => {
    expect(
      lineEchoReplay((t) => {
        connect(t);
        send(t, 'hel');
        t.add('reset', 'reference client', 'reset the connection (RST)', 'your server');
      }),
    ).toMatchObject({ kind: 'play', reason: { why: 'reset' } });
    expect(
      lineEchoReplay((t) => {
        connect(t);
        send(t, 'hel');
        t.add('start', 'your server (second run)', 'started (pid 4243)');
      }),
    ).toEqual({ kind: 'play', role: 'server', command: 'npm run lesson 6 -- --play' });
    const summarized = serverConversation((t) => connect(t));
    await summarized.summarizeData('a flood', async () => send(summarized, 'x'.repeat(100)));
    expect(planReplay(check('06/server-endless-line'), summarized.events)).toMatchObject({ kind: 'play', reason: { why: 'too-long' } });
  });

  test('with no client or no bytes sent, is played', () => {
    expect(lineEchoReplay(() => {})).toEqual({ kind: 'play', role: 'server', command: 'npm run lesson 6 -- --play' });
    expect(lineEchoReplay((t) => connect(t))).toEqual({ kind: 'play', role: 'server', command: 'npm run lesson 6 -- --play' });
  });

  test('that typed into the server, is talked through by hand on both sides', () => {
    const typed = serverConversation((t) => {
      connect(t);
      t.add('stdin', 'keyboard', '"hello from the keyboard\\n"', 'your server');
      send(t, 'hello from the other side\n');
      send(t, 'and more\n');
    });
    expect(planReplay(check('04/server-sends-typed-lines'), typed.events)).toEqual({
      kind: 'nc',
      server: 'npx tsx lessons/04-duplex-chat/server.ts',
      nc: 'nc 127.0.0.1 9004',
      then: 'type',
    });
  });

  test('that stopped the server with a signal, is talked through and ended with Ctrl-C', () => {
    const stopped = serverConversation((t) => {
      connect(t);
      send(t, 'hello');
      t.add('signal', 'check', 'SIGTERM', 'your server');
    });
    expect(planReplay(check('02/server-stops-on-sigterm'), stopped.events)).toEqual({
      kind: 'nc',
      server: 'npx tsx lessons/02-communication-loop/server.ts',
      nc: 'nc 127.0.0.1 9002',
      then: 'interrupt',
      signal: 'SIGTERM',
    });
  });
});

describe('a UDP server check', () => {
  const udpReplay = (steps: (t: Transcript) => void) => planReplay(check('09/server-echoes-datagrams'), serverConversation(steps).events);

  test('with one datagram, is replayed by nc -u, which waits a second for the answer', () => {
    expect(udpReplay((t) => datagram(t, 'hello, 世界'))).toEqual({
      kind: 'nc',
      server: 'npx tsx lessons/09-udp-echo/server.ts',
      nc: "printf 'hello, 世界' | nc -u -w1 127.0.0.1 9009",
      then: 'send',
    });
  });

  test('with several datagrams, an empty one or a long one, is played', () => {
    expect(
      udpReplay((t) => {
        datagram(t, 'one');
        datagram(t, 'two');
      }),
    ).toMatchObject({ kind: 'play', reason: { why: 'datagrams', count: 2 } });
    expect(udpReplay((t) => datagram(t, ''))).toMatchObject({ kind: 'play', reason: { why: 'empty-datagram' } });
    // A datagram leaves in one write, so no `{ …; }` of commands can make it.
    expect(udpReplay((t) => datagram(t, 'x'.repeat(60_000)))).toMatchObject({ kind: 'play', reason: { why: 'too-long' } });
  });

  test('with several senders, is played', () => {
    expect(
      udpReplay((t) => {
        datagram(t, 'from A', 'reference client A');
        datagram(t, 'from B', 'reference client B');
      }),
    ).toMatchObject({ kind: 'play', reason: { why: 'clients', count: 2 } });
  });
});

describe('a client check', () => {
  test('is played with a reference server', () => {
    const transcript = new Transcript();
    transcript.add('listen', 'reference server', 'listening on 127.0.0.1:40000');
    transcript.sent('reference server', 'your client', 'Return your msg: hello\n', { protocol: 'tcp' });
    expect(planReplay(check('06/client-sends-lines'), transcript.events)).toEqual({ kind: 'play', role: 'client', command: 'npm run lesson 6 -- --play client' });
  });
});

describe('the commands name the tree that was checked', () => {
  test('its path for the server, and --dir for the play', () => {
    const place = { lessonsDir: "'/tmp/my lessons'", playOptions: ['--dir', "'/tmp/my lessons'"] };
    const oneWrite = serverConversation((t) => {
      connect(t);
      send(t, 'hel');
    });
    expect(planReplay(check('06/server-quit'), oneWrite.events, place)).toMatchObject({ server: "npx tsx '/tmp/my lessons'/06-line-echo/server.ts" });
    expect(planReplay(check('06/client-quit'), [], place)).toMatchObject({ command: "npm run lesson 6 -- --play client --dir '/tmp/my lessons'" });
  });
});

describe('describeReplay', () => {
  const nc = { kind: 'nc', server: 'npx tsx lessons/06-line-echo/server.ts', nc: "printf 'hel' | nc 127.0.0.1 9006", then: 'send' } as const;

  test('says what to do, then gives each command on its own', () => {
    expect(describeReplay(nc, 'en')).toEqual({
      label: 'by hand',
      sentence: "start your server, then replay the check's client in a second terminal:",
      commands: ['npx tsx lessons/06-line-echo/server.ts', "printf 'hel' | nc 127.0.0.1 9006"],
    });
    expect(describeReplay(nc, 'zh')).toMatchObject({ label: '手动重现', sentence: '启动你的服务器，再在另一个终端里重放检查的客户端：' });
  });

  test('gives the reason a conversation is played, in both languages', () => {
    const played = { kind: 'play', role: 'server', command: 'npm run lesson 6 -- --play', reason: { why: 'writes', count: 3 } } as const;
    expect(describeReplay(played, 'en').sentence).toBe("the check's client sent its bytes in 3 writes, and nc would send them at once; play it with a reference client:");
    expect(describeReplay(played, 'zh').sentence).toBe('检查的客户端分 3 次写出字节，而 nc 会一次发出；用参考客户端试一试：');
    expect(describeReplay({ kind: 'play', role: 'client', command: 'npm run lesson 6 -- --play client' }, 'en').sentence).toBe(
      'run your client against a reference server:',
    );
  });

  test('names the signal the check sent', () => {
    const stopped = { ...nc, nc: 'nc 127.0.0.1 9006', then: 'interrupt', signal: 'SIGTERM' } as const;
    expect(describeReplay(stopped, 'en').sentence).toContain('stop the server with Ctrl-C (the check sent SIGTERM');
    expect(describeReplay(stopped, 'zh').sentence).toContain('检查发的是 SIGTERM');
  });
});

describe('formatResult', () => {
  const conversation = serverConversation((t) => {
    connect(t);
    send(t, 'hel');
  });
  const failed: CheckResult = {
    check: check('06/server-last-line-at-eof'),
    status: 'failed',
    durationMs: 10,
    message: 'your server did not send the expected bytes within 3 s',
    transcript: conversation.events,
  };

  test('prints the replay last, each command on a line of its own', () => {
    const lines = formatResult(failed).split('\n');
    expect(lines.slice(-3)).toEqual([
      "  by hand: start your server, then replay the check's client in a second terminal:",
      '    npx tsx lessons/06-line-echo/server.ts',
      "    printf 'hel' | nc 127.0.0.1 9006",
    ]);
    expect(lines.at(-5)).toMatch(/^ {2}hint: /);
    expect(lines.at(-4)).toMatch(/^ {2}rules: \[06\.S\d\]/);
  });

  test('in Chinese when asked, coloured only when painted', () => {
    expect(formatResult(failed, { language: 'zh' })).toContain('  手动重现: 启动你的服务器');
    const painted = formatResult(failed, { paint: (style, text) => `<${String(style)}>${text}</>` });
    expect(painted).toContain("<cyan>by hand:</> start your server, then replay the check's client in a second terminal:\n    npx tsx lessons/06-line-echo/server.ts");
  });

  test('prints no replay for a check that passed or could not run', () => {
    expect(formatResult({ ...failed, status: 'passed' }, { verbose: true })).not.toContain('by hand');
    expect(formatResult({ ...failed, status: 'error', message: 'lessons/06-line-echo/server.ts does not exist.' })).not.toContain('by hand');
  });
});

describe("the grader's text of a failed check", () => {
  test('ends with the same replay, for the lessons/ folder a student hands in', () => {
    const conversation = serverConversation((t) => {
      connect(t);
      send(t, '你好，socket！');
    });
    const grade = gradeCheck(check('01/server-echo'), { status: 'failed', durationMs: 5, message: 'different bytes', transcript: conversation.events }, 'zh');
    expect(describeCheck(grade, 'zh')).toMatch(/手动重现: .+\n {4}npx tsx lessons\/01-single-echo\/server\.ts\n {4}printf '你好，socket！' \| nc 127\.0\.0\.1 9001$/);
  });
});
