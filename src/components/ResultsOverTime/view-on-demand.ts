/**
 * A part of the results a reader rarely needs, fetched by its own URL only
 * when needed (see src/lib/build/lazy-script.ts): results kept with the
 * clock set ahead, and deleting a chapter's kept results. The offline copy
 * keeps the files. If one cannot be fetched (a newer version replaced it),
 * `unfetched` stands in, so nothing is left out unsaid.
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadOnDemand } from '../../lib/browser/load-on-demand';

/** The view at `url` once `needed` (null until then, and while it is fetched). */
export function useViewOnDemand<P>(
  url: string,
  needed: boolean,
  unfetched: FunctionComponent<P>,
): FunctionComponent<P> | null {
  const [view, setView] = useState<FunctionComponent<P> | null>(null);
  useEffect(() => {
    if (!needed || view) return;
    void loadOnDemand<{ default: FunctionComponent<P> }>(url).then((loaded) =>
      setView(() => loaded?.default ?? unfetched),
    );
  }, [needed, view]);
  return view;
}
