/**
 * A module fetched by its built URL (virtual:lazy-script, lazy-script.ts)
 * when the reader first needs it, or null when it cannot be fetched: offline
 * without the offline copy, or a newer version replaced the file. Never throws.
 */
export async function loadOnDemand<T>(url: string): Promise<T | null> {
  try {
    return (await import(/* @vite-ignore */ url)) as T;
  } catch {
    return null;
  }
}
