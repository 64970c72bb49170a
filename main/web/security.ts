import type { IncomingMessage } from 'node:http';

/**
 * The web shell listens on loopback only, but any web page the user visits can still send
 * requests to 127.0.0.1. These checks stop that: the Host header must name our loopback
 * address (DNS rebinding), a browser's Origin must be ours (cross-site requests), and every
 * API call must carry the per-launch token (sessionCookie.ts).
 */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function hostIsAllowed(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host;
  return host !== undefined && allowedHosts(port).has(host.toLowerCase());
}

export function originIsAllowed(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return [...allowedHosts(port)].some((host) => origin.toLowerCase() === `http://${host}`);
}
