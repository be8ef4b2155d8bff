import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Lesson, Role } from '../catalogue.ts';
import { CheckFailure, CheckSkipped } from './failure.ts';
import { HangingAddress } from './hanging-address.ts';
import { hasIpv6Loopback } from './ipv6.ts';
import { limits } from './limits.ts';
import { describeBreach } from './program-limits.ts';
import { spawnLesson, type LessonProcess } from './spawn-lesson.ts';
import { connectPeer, freePort, PeerServer, type PeerAddress, type PeerConnection } from './tcp-peer.ts';
import { Transcript } from './transcript.ts';
import { UdpPeer, type Answer } from './udp-peer.ts';

export interface RunningServer {
  process: LessonProcess;
  host: string;
  port: number;
}

export interface RunningClient {
  process: LessonProcess;
  /** The reference server the client connected to. */
  server: PeerServer;
  connection: PeerConnection;
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
  private readonly tempDirs: string[] = [];
  private readonly hangingAddresses: HangingAddress[] = [];
  private cleanedUp = false;

  constructor(
    readonly lesson: Lesson,
    /** Each role's built program (see prepareLesson). */
    private readonly builds: ReadonlyMap<Role, string | Error>,
  ) {}

  /** Starts the learner's program for `role` (PORT=0 unless `env` says otherwise). */
  async start(role: Role, options: StartOptions = {}): Promise<LessonProcess> {
    const built = this.builds.get(role);
    if (typeof built !== 'string') throw new Error(`the ${role} of ${this.lesson.dir} was not built for this run`);
    const program = await spawnLesson({
      name: options.name ?? `your ${role}`,
      program: built,
      transcript: this.transcript,
      args: options.args,
      env: options.env,
    });
    return this.own(program, this.programs, () => program.kill());
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

  /** Starts a reference server, then the learner's client pointed at it, and waits until it connects. */
  async startClient(options: StartOptions = {}): Promise<RunningClient> {
    const server = await this.listen();
    const process = await this.start('client', { ...options, env: { PORT: String(server.port), ...options.env } });
    return { process, server, connection: await server.accept() };
  }

  /** Connects a reference client to the learner's server (at its TCP address, or its Unix socket's `path`). */
  async connect(server: { process: LessonProcess } & PeerAddress, name = 'reference client'): Promise<PeerConnection> {
    const connection = await connectPeer(server, name, server.process.name, this.transcript);
    return this.own(connection, this.connections, () => connection.destroy());
  }

  /**
   * Starts a reference server for the learner's client to connect to: on a
   * free port of 127.0.0.1 unless `at` names another host, or a Unix socket's path.
   */
  async listen(name = 'reference server', peerName = 'your client', at?: { host?: string } | { path: string }): Promise<PeerServer> {
    const server = await PeerServer.listen(name, peerName, this.transcript, at);
    return this.own(server, this.servers, () => server.close());
  }

  /**
   * Opens a reference UDP peer on a free loopback port: a client for the
   * learner's UDP server, or (with an `answer`) a server for their client.
   */
  async udpPeer(name = 'reference client', peerName = 'your server', answer?: Answer): Promise<UdpPeer> {
    const peer = await UdpPeer.bind(name, peerName, this.transcript, answer);
    return this.own(peer, this.udpPeers, () => peer.close());
  }

  /** A loopback address whose connects get no answer (no reply to the SYN), for connect timeouts. */
  async hangingAddress(): Promise<HangingAddress> {
    const address = await HangingAddress.open();
    return this.own(address, this.hangingAddresses, () => address.close());
  }

  /** A loopback port with nobody listening (on `host`, 127.0.0.1 unless told), for "connection refused". */
  freePort(host?: string): Promise<number> {
    return freePort(host);
  }

  /**
   * A new empty folder for this check's Unix socket files, removed at cleanup.
   * Under the system's temporary folder, so that paths stay well below the
   * 107 bytes a Unix socket path may have.
   */
  async tempDir(): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'sw-'));
    return this.own(dir, this.tempDirs, () => rm(dir, { recursive: true, force: true }));
  }

  /** Skips the check (reported as skipped, not failed) on a system without an IPv6 loopback. */
  async requireIpv6(): Promise<void> {
    if (!(await hasIpv6Loopback())) throw new CheckSkipped('skipped: this system has no IPv6 loopback (::1)');
  }

  /** Kills every program (with its children) and waits until what they printed has been read. */
  async stopPrograms(): Promise<void> {
    await Promise.all(this.programs.map((program) => program.kill()));
  }

  /**
   * The verdict for a program that ran into its memory or process limit, once
   * the programs have been stopped: `your server used more than 512 MiB of memory`.
   */
  limitVerdict(): string | undefined {
    const breached = this.programs.find((program) => program.limitBreach);
    return breached && describeBreach(breached.name, breached.limitBreach!);
  }

  /**
   * Keeps `resource` in `list` for cleanup. A check that ran past its time
   * limit goes on in the background after its cleanup: what it opens then is
   * closed at once and the check stops there, so that no program outlives its
   * check (its open pipes would keep the runner waiting for ever).
   */
  private async own<T>(resource: T, list: T[], close: () => unknown): Promise<T> {
    if (this.cleanedUp) {
      await close();
      throw new Error('the check went on after its time limit; what it opened then is closed');
    }
    list.push(resource);
    return resource;
  }

  /** Kills every program (with its children) and closes every socket the check opened. */
  async cleanUp(): Promise<void> {
    this.cleanedUp = true;
    for (const connection of this.connections) connection.destroy();
    await Promise.all([
      ...this.programs.map((program) => program.kill()),
      ...this.servers.map((server) => server.close()),
      ...this.udpPeers.map((peer) => peer.close()),
      ...this.hangingAddresses.map((address) => address.close()),
    ]);
    await Promise.all(this.tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
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
  // An IPv6 address is written in brackets (`[::1]:9013`); connecting takes it bare.
  const host = match[1]!.replace(/^\[(.*)\]$/, '$1');
  const port = Number(match[2]);
  if (port === 0) {
    throw new CheckFailure(`${server.name} printed port 0: with PORT=0 print the port the system chose`, {
      expected: 'listening on 127.0.0.1:<the real port, from server.address()>',
      actual: first,
    });
  }
  return [host, port];
}
