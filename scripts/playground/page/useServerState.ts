/**
 * Keeps the page in step with the server: one full state on load, then a cheap poll (the server
 * answers {unchanged} while its version has not moved) so changes made by sidebar RPCs appear.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PlaygroundState } from '../shared/state';
import { fetchState } from './api';

const POLL_MS = 700;

export function useServerState(): {
  state: PlaygroundState | null;
  refresh: () => Promise<void>;
  offline: boolean;
} {
  const [state, setState] = useState<PlaygroundState | null>(null);
  const [offline, setOffline] = useState(false);
  const version = useRef<number | undefined>(undefined);
  // Requests go one after another: a poll and an action's refresh never race each other.
  const queue = useRef<Promise<void>>(Promise.resolve());

  const refresh = useCallback(() => {
    const next = queue.current.then(async () => {
      try {
        const answer = await fetchState(version.current);
        setOffline(false);
        if (answer.unchanged) return;
        version.current = answer.version;
        setState(answer);
      } catch {
        setOffline(true);
      }
    });
    queue.current = next;
    return next;
  }, []);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  return { state, refresh, offline };
}
