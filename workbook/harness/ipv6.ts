import net from 'node:net';

let answer: Promise<boolean> | undefined;

/**
 * Whether this system has an IPv6 loopback (`::1`) to listen on. Asked once
 * per process: a container or a host with IPv6 turned off has none, and the
 * checks that need it are then skipped rather than failed.
 */
export function hasIpv6Loopback(): Promise<boolean> {
  answer ??= new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ host: '::1', port: 0 }, () => server.close(() => resolve(true)));
  });
  return answer;
}
