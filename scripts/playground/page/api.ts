/** The page's calls to the playground server: plain JSON over fetch. */
import type { RpcResponse, StateResponse } from '../shared/state';

export async function fetchState(since: number | undefined): Promise<StateResponse> {
  const query = since === undefined ? '' : `?since=${since}`;
  const res = await fetch(`/api/state${query}`, { cache: 'no-store' });
  if (!res.ok) throw new Error(`state: HTTP ${res.status}`);
  return (await res.json()) as StateResponse;
}

/** POSTs an action; resolves to the server's answer, which says whether the bundle threw. */
export async function post(path: string, body: unknown): Promise<RpcResponse> {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as RpcResponse;
}
