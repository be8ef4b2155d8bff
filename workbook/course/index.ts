// Every lesson of the course, in course order: the one list of lessons. Each
// folder holds one lesson's facts (`lesson.ts`) and its machinery (`unit.ts`:
// checks, play peers, classic mistakes); `units.ts` lists the machinery.
import singleEcho from './01-single-echo/lesson.ts';
import communicationLoop from './02-communication-loop/lesson.ts';
import connectionLoop from './03-connection-loop/lesson.ts';
import duplexChat from './04-duplex-chat/lesson.ts';
import groupChat from './05-group-chat/lesson.ts';
import lineEcho from './06-line-echo/lesson.ts';
import lineChat from './07-line-chat/lesson.ts';
import lengthPrefix from './08-length-prefix/lesson.ts';
import udpEcho from './09-udp-echo/lesson.ts';
import socketserver from './10-socketserver/lesson.ts';
import workerThreads from './11-worker-threads/lesson.ts';
import timeouts from './12-timeouts/lesson.ts';
import families from './13-families/lesson.ts';

export const course = [singleEcho, communicationLoop, connectionLoop, duplexChat, groupChat, lineEcho, lineChat, lengthPrefix, udpEcho, socketserver, workerThreads, timeouts, families];
