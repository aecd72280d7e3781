import { useRef, useState } from 'preact/hooks';
import { errorNotice, type Notice } from './feedback';

/**
 * One server action of a panel at a time: `busy` while it runs (the panel shows progress and
 * disables its buttons), then a success or error notice.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const running = useRef(false);

  async function run<T>(work: () => Promise<T>, done: (value: T) => Notice | null | void): Promise<void> {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setNotice(null);
    try {
      const value = await work();
      setNotice(done(value) ?? null);
    } catch (error) {
      setNotice(errorNotice(error));
    } finally {
      running.current = false;
      setBusy(false);
    }
  }

  return { busy, notice, setNotice, run };
}
