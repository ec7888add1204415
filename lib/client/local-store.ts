import type * as z from "../zod";

/**
 * Typed localStorage entries that React can subscribe to. Other tabs' writes arrive through
 * the "storage" event; this tab's own writes through a local event, which "storage" skips.
 */
const LOCAL_CHANGE = "mesa:local-storage";

export interface LocalEntry<T> {
  read: () => T;
  write: (value: T) => void;
  subscribe: (onChange: () => void) => () => void;
}

export function localEntry<T>(key: string, schema: z.ZodMiniType<T>, fallback: T): LocalEntry<T> {
  let cachedRaw: string | null | undefined;
  let cachedValue: T = fallback;

  // useSyncExternalStore needs the same object back while nothing changed.
  function read(): T {
    const raw = safeGet(key);
    if (raw === cachedRaw) return cachedValue;
    cachedRaw = raw;
    cachedValue = parse(raw, schema, fallback);
    return cachedValue;
  }

  function write(value: T): void {
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Private mode or a full quota: the app still works, it just forgets on reload.
    }
    window.dispatchEvent(new CustomEvent(LOCAL_CHANGE, { detail: key }));
  }

  function subscribe(onChange: () => void): () => void {
    const onStorage = (event: StorageEvent) => {
      if (event.key === key || event.key === null) onChange();
    };
    const onLocal = (event: Event) => {
      if ((event as CustomEvent<string>).detail === key) onChange();
    };
    window.addEventListener("storage", onStorage);
    window.addEventListener(LOCAL_CHANGE, onLocal);
    return () => {
      window.removeEventListener("storage", onStorage);
      window.removeEventListener(LOCAL_CHANGE, onLocal);
    };
  }

  return { read, write, subscribe };
}

function safeGet(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function parse<T>(raw: string | null, schema: z.ZodMiniType<T>, fallback: T): T {
  if (raw === null) return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}
