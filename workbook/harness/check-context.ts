import type { Lesson, Role } from '../catalogue.ts';
import { CheckFailure } from './failure.ts';
import { HangingAddress } from './hanging-address.ts';
import { limits } from './limits.ts';
import { spawnLesson, type LessonProcess } from './spawn-lesson.ts';
import { programFile, type Target } from './target.ts';
import { connectPeer, freePort, PeerServer, type PeerConnection } from './tcp-peer.ts';
import { Transcript } from './transcript.ts';
import { UdpPeer, type Answer } from './udp-peer.ts';

export interface RunningServer {
  process: LessonProcess;
  host: string;
  port: number;
}

export interface StartOptions {
  args?: string[];
  env?: Record<string, string>;
  /** Overrides the transcript's name, e.g. `your server (second run)`. */
  name?: string;
}

const readyLine = /^listening on (.+):(\d+)$/;

/**
 * What a check works with: starts the learner's programs, plays the reference
 * peer, records the transcript, and owns everything it opened so that the
 * runner can clean up after the check whether it passed or not.
 */
export class CheckContext {
  readonly transcript = new Transcript();
  private readonly programs: LessonProcess[] = [];
  private readonly connections: PeerConnection[] = [];
  private readonly servers: PeerServer[] = [];
  private readonly udpPeers: UdpPeer[] = [];
  private readonly hangingAddresses: HangingAddress[] = [];

  constructor(
    readonly lesson: Lesson,
    private readonly target: Target,
  ) {}

  /** Starts the learner's program for `role` (PORT=0 unless `env` says otherwise). */
  async start(role: Role, options: StartOptions = {}): Promise<LessonProcess> {
    const program = await spawnLesson({
      name: options.name ?? `your ${role}`,
      file: programFile(this.target, this.lesson, role),
      transcript: this.transcript,
      args: options.args,
      env: options.env,
    });
    this.programs.push(program);
    return program;
  }

  /**
   * This context, with `env` added to every program it starts (what a check
   * passes itself wins): for running one lesson's checks on a later lesson
   * whose programs read more variables.
   */
  withEnv(env: Record<string, string>): CheckContext {
    const context = Object.create(this) as CheckContext;
    context.start = (role, options = {}) => this.start(role, { ...options, env: { ...env, ...options.env } });
    return context;
  }

  /** Starts the learner's server with PORT=0 and waits for its ready line. */
  async startServer(options: StartOptions = {}): Promise<RunningServer> {
    const server = await this.start('server', options);
    const [host, port] = await waitForReady(server);
    return { process: server, host, port };
  }

  /** Connects a reference client to the learner's server. */
  async connect(server: RunningServer, name = 'reference client'): Promise<PeerConnection> {
    const connection = await connectPeer(server, name, server.process.name, this.transcript);
    this.connections.push(connection);
    return connection;
  }

  /** Starts a reference server for the learner's client to connect to. */
  async listen(name = 'reference server', peerName = 'your client'): Promise<PeerServer> {
    const server = await PeerServer.listen(name, peerName, this.transcript);
    this.servers.push(server);
    return server;
  }

  /**
   * Opens a reference UDP peer on a free loopback port: a client for the
   * learner's UDP server, or (with an `answer`) a server for their client.
   */
  async udpPeer(name = 'reference client', peerName = 'your server', answer?: Answer): Promise<UdpPeer> {
    const peer = await UdpPeer.bind(name, peerName, this.transcript, answer);
    this.udpPeers.push(peer);
    return peer;
  }

  /** A loopback address whose connects get no answer (no reply to the SYN), for connect timeouts. */
  async hangingAddress(): Promise<HangingAddress> {
    const address = await HangingAddress.open();
    this.hangingAddresses.push(address);
    return address;
  }

  /** A loopback port with nobody listening, for "connection refused". */
  freePort(): Promise<number> {
    return freePort();
  }

  /** Fails the check. */
  fail(message: string, details: { expected?: string; actual?: string } = {}): never {
    throw new CheckFailure(message, details);
  }

  /** Kills every program (with its children) and waits until what they printed has been read. */
  async stopPrograms(): Promise<void> {
    await Promise.all(this.programs.map((program) => program.kill()));
  }

  /** Kills every program (with its children) and closes every socket the check opened. */
  async cleanUp(): Promise<void> {
    for (const connection of this.connections) connection.destroy();
    await Promise.all([
      ...this.programs.map((program) => program.kill()),
      ...this.servers.map((server) => server.close()),
      ...this.udpPeers.map((peer) => peer.close()),
      ...this.hangingAddresses.map((address) => address.close()),
    ]);
  }
}

/**
 * Waits for the ready line `listening on <host>:<port>`, which must be the
 * first thing the server prints on stdout.
 */
export async function waitForReady(server: LessonProcess): Promise<[string, number]> {
  const first = await server.nextLine('its ready line `listening on <host>:<port>`', limits.readyMs);
  const match = readyLine.exec(first);
  if (!match) {
    throw new CheckFailure(`${server.name} printed something else before its ready line`, {
      expected: 'listening on <host>:<port>',
      actual: JSON.stringify(first),
    });
  }
  const port = Number(match[2]);
  if (port === 0) {
    throw new CheckFailure(`${server.name} printed port 0: with PORT=0 print the port the system chose`, {
      expected: 'listening on 127.0.0.1:<the real port, from server.address()>',
      actual: first,
    });
  }
  return [match[1]!, port];
}
