import { useRef, useState } from 'preact/hooks';
import { errorText, type CancelToken, type Progress, type RunResult } from './api';

/**
 * One report run of a panel: its progress, a Cancel that stops it between server calls, and its
 * result or error. A second start while one runs is ignored.
 */
export function useReportRun() {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<RunResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const token = useRef<CancelToken | null>(null);

  async function start(run: (onProgress: (p: Progress) => void, cancel: CancelToken) => Promise<RunResult>) {
    if (token.current) return;
    const cancel: CancelToken = { cancelled: false };
    token.current = cancel;
    setResult(null);
    setError(null);
    setProgress({ done: 0, total: 0 });
    try {
      setResult(await run(setProgress, cancel));
    } catch (e) {
      setError(errorText(e));
    } finally {
      token.current = null;
      setProgress(null);
    }
  }

  const cancel = () => {
    if (token.current) token.current.cancelled = true;
  };

  return { running: progress !== null, progress, result, error, start, cancel };
}
