// The user's flywheel.models.<role> entries read into endpoints, with what is wrong in each.
// An entry that cannot be used is left out and said so, naming the entry and the problem; a role
// whose every entry is unusable fails with that message instead of quietly falling back to the
// local Ollama (the user asked for something else).
import type { GatewayEndpoint, ModelRole } from './modelGatewayConfig';

export interface EntryProblem {
  readonly role: ModelRole;
  /** Zero-based position in the list. */
  readonly index: number;
  /** How the user finds it: `flywheel.models.chat, entry 2 ("gpt-4o-mini")`. */
  readonly entry: string;
  readonly message: string;
  /** The entry is left out (false: a warning, the entry is used). */
  readonly unusable: boolean;
}

export interface ParsedEntries {
  readonly endpoints: GatewayEndpoint[];
  readonly problems: EntryProblem[];
}

const providers = ['ollama', 'openai'] as const;
const knownFields = ['provider', 'baseUrl', 'model', 'contextLength', 'headers', 'pricePer1kInput', 'pricePer1kOutput'];

export function parseModelEntries(role: ModelRole, raw: unknown): ParsedEntries {
  const endpoints: GatewayEndpoint[] = [];
  const problems: EntryProblem[] = [];
  if (raw === undefined || raw === null) return { endpoints, problems };
  if (!Array.isArray(raw)) {
    const problem = { role, index: 0, entry: `flywheel.models.${role}`, message: 'must be a list of entries like { "provider", "baseUrl", "model" }', unusable: true };
    return { endpoints, problems: [problem] };
  }
  raw.forEach((item: unknown, index) => {
    const found = checkEntry(item);
    const entry = entryName(role, index, item);
    for (const p of found.problems) problems.push({ role, index, entry, message: p.message, unusable: p.unusable });
    if (found.endpoint) endpoints.push(found.endpoint);
  });
  return { endpoints, problems };
}

/** One message for the user: each entry once, with all its problems. */
export function describeEntryProblems(problems: readonly EntryProblem[]): string {
  const byEntry = new Map<string, EntryProblem[]>();
  for (const p of problems) byEntry.set(p.entry, [...(byEntry.get(p.entry) ?? []), p]);
  return [...byEntry.entries()]
    .map(([entry, list]) => `${entry}: ${list.map((p) => p.message).join('; ')}${list.some((p) => p.unusable) ? ' (this entry is not used)' : ''}.`)
    .join(' ');
}

/**
 * What a request for `role` says when the role has no usable entry: the problems, and that
 * Flywheel does not fall back to the local Ollama meanwhile.
 */
export function unusableRoleMessage(role: ModelRole, problems: readonly EntryProblem[]): string {
  return `${describeEntryProblems(problems.filter((p) => p.role === role))} Flywheel does not fall back to the local Ollama for ${role} while flywheel.models.${role} has entries; fix or remove them.`;
}

function entryName(role: ModelRole, index: number, item: unknown): string {
  const model = item && typeof item === 'object' ? (item as Record<string, unknown>).model : undefined;
  return `flywheel.models.${role}, entry ${index + 1}${typeof model === 'string' && model ? ` ("${model}")` : ''}`;
}

interface Found {
  readonly message: string;
  readonly unusable: boolean;
}

function checkEntry(item: unknown): { endpoint?: GatewayEndpoint; problems: Found[] } {
  if (!item || typeof item !== 'object' || Array.isArray(item)) {
    return { problems: [{ message: 'is not an object like { "provider": "ollama", "baseUrl": "http://127.0.0.1:11434", "model": "qwen2.5-coder:1.5b" }', unusable: true }] };
  }
  const e = item as Record<string, unknown>;
  const problems: Found[] = [];
  const fatal = (message: string) => problems.push({ message, unusable: true });
  const warn = (message: string) => problems.push({ message, unusable: false });

  const provider = providers.find((p) => p === e.provider);
  if (e.provider === undefined) fatal('has no "provider": use "ollama" or "openai"');
  else if (!provider) fatal(`"provider": ${JSON.stringify(e.provider)} is not one Flywheel knows: use "ollama" or "openai"`);

  const baseUrl = checkBaseUrl(e.baseUrl, fatal);
  if (typeof e.model !== 'string' || e.model.trim() === '') fatal('has no "model" (the model name as the server knows it)');

  const contextLength = e.contextLength;
  if (contextLength !== undefined && !(typeof contextLength === 'number' && Number.isInteger(contextLength) && contextLength > 0)) {
    fatal(`"contextLength" must be a whole number of tokens, not ${JSON.stringify(contextLength)}`);
  }
  const headers = e.headers;
  if (headers !== undefined && !(headers && typeof headers === 'object' && !Array.isArray(headers) && Object.values(headers).every((v) => typeof v === 'string'))) {
    fatal('"headers" must be an object of header names to text values');
  }
  for (const key of ['pricePer1kInput', 'pricePer1kOutput']) {
    const v = e[key];
    if (v !== undefined && !(typeof v === 'number' && v >= 0)) fatal(`"${key}" must be a number of dollars (0 or more)`);
  }
  for (const key of Object.keys(e)) {
    if (knownFields.includes(key)) continue;
    if (/^api[-_]?key$/i.test(key)) {
      warn(`"${key}" is not read from settings (keys belong in VS Code's secret storage: run "Flywheel: Set API Key"); remove it`);
      continue;
    }
    const near = knownFields.find((k) => k.toLowerCase() === key.toLowerCase());
    warn(near ? `"${key}" is not a field; did you mean "${near}"?` : `"${key}" is not a field Flywheel reads`);
  }

  if (problems.some((p) => p.unusable) || !provider || !baseUrl) return { problems };
  return {
    problems,
    endpoint: {
      provider,
      baseUrl,
      model: (e.model as string).trim(),
      ...(typeof contextLength === 'number' ? { contextLength } : {}),
      ...(headers ? { headers: headers as Record<string, string> } : {}),
      ...(typeof e.pricePer1kInput === 'number' ? { pricePer1kInput: e.pricePer1kInput } : {}),
      ...(typeof e.pricePer1kOutput === 'number' ? { pricePer1kOutput: e.pricePer1kOutput } : {}),
    },
  };
}

/** The base URL without trailing slashes, or undefined (and a problem) when it is not an http(s) URL. */
function checkBaseUrl(value: unknown, fatal: (message: string) => void): string | undefined {
  if (value === undefined) {
    fatal('has no "baseUrl", e.g. "http://127.0.0.1:11434"');
    return undefined;
  }
  if (typeof value !== 'string' || value.trim() === '') {
    fatal('"baseUrl" must be a URL such as "http://127.0.0.1:11434"');
    return undefined;
  }
  const text = value.trim();
  // A query string may carry a key; messages and logs show the URL without it.
  const bare = text.replace(/[?#].*$/, '');
  const shown = JSON.stringify(bare);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
  if (!scheme) {
    fatal(`"baseUrl": ${shown} has no scheme: write "http://${bare.replace(/^\/+/, '')}" (or https://)`);
    return undefined;
  }
  if (scheme !== 'http' && scheme !== 'https') {
    fatal(`"baseUrl": ${shown} must start with http:// or https://`);
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    fatal(`"baseUrl": ${shown} is not a URL`);
    return undefined;
  }
  if (url.username || url.password) {
    fatal('"baseUrl" must not hold a user name or password: run "Flywheel: Set API Key" for the key');
    return undefined;
  }
  return text.replace(/\/+$/, '');
}
