/**
 * A typed promise wrapper over google.script.run: the Endpoints contract types both the name and
 * the arguments, so the sidebar cannot call a server function that does not exist or pass it the
 * wrong data. Errors come back as plain Error objects with a message the user can read.
 */
import type { Endpoints } from '../src/shared/endpoints';

interface Runner {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: unknown) => void): Runner;
}

function runner(): Runner | undefined {
  const g = (window as unknown as { google?: { script?: { run?: Runner } } }).google;
  return g?.script?.run;
}

/** Apps Script prefixes server errors ("Exception: …", "ScriptError: …"); the server's own message is already in the user's language. */
export function readableError(error: unknown): string {
  const raw =
    error && typeof error === 'object' && 'message' in error
      ? String((error as { message: unknown }).message)
      : String(error ?? '');
  return raw.replace(/^(?:\s*[A-Za-z]*(?:Exception|Error)\s*:\s*)+/, '').trim();
}

export function call<K extends keyof Endpoints>(
  name: K,
  ...args: Parameters<Endpoints[K]>
): Promise<ReturnType<Endpoints[K]>> {
  return new Promise((resolve, reject) => {
    const run = runner();
    if (!run) {
      reject(new Error('google.script.run is not available'));
      return;
    }
    const bound = run
      .withSuccessHandler((value) => resolve(value as ReturnType<Endpoints[K]>))
      .withFailureHandler((error) => reject(new Error(readableError(error))));
    (bound as unknown as Record<K, (...a: unknown[]) => void>)[name](...args);
  });
}
