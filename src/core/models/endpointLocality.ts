// Whether an endpoint is on this machine: only loopback addresses count. A LAN GPU box is not
// local (its traffic crosses a network), so "local only" refuses it too.
import { isIPv4, isIPv6 } from 'node:net';

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIPv4(host)) return host.startsWith('127.');
  if (isIPv6(host)) {
    if (host === '::1' || /^(?:0{1,4}:){7}0{0,3}1$/.test(host)) return true;
    // IPv4-mapped loopback, as written (::ffff:127.0.0.1) or as URL normalises it (::ffff:7f00:1).
    const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(host);
    if (dotted) return dotted[1]!.startsWith('127.');
    return /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(host);
  }
  return false;
}

/** True when `baseUrl` points at a loopback address; malformed URLs are not local. */
export function isLocalEndpoint(baseUrl: string): boolean {
  try {
    return isLoopbackHost(new URL(baseUrl).hostname);
  } catch {
    return false;
  }
}

/** The URL without credentials or query, for logs and messages. */
export function safeOrigin(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return '(invalid URL)';
  }
}
