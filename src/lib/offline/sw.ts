/// <reference lib="webworker" />
/**
 * The offline copy's service worker. Workbox keeps the precache (the list of
 * built files is injected at build by vite-plugin-pwa, from precachePatterns
 * in pwa-options.ts); this file only says how the handbook uses it.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { notFoundFile } from './pwa-options';
import { skipWaitingMessage } from './register';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: { url: string; revision: string | null }[];
};

cleanupOutdatedCaches();
// Query strings never change a static file: /search/?q=… is /search/, and
// Pagefind's cache-busting `?ts=` finds its precached file. A page's address
// typed or bookmarked without its last slash finds the page, as the host's
// redirect would online.
precacheAndRoute(self.__WB_MANIFEST, {
  ignoreURLParametersMatching: [/./],
  urlManipulation: ({ url }) =>
    url.pathname.endsWith('/') || /\.[^/]*$/.test(url.pathname)
      ? []
      : [new URL(`${url.pathname}/`, url), new URL(`${url.pathname}/index.html`, url)],
});

// Any other page asked for goes to the network. With no network, the reader
// gets the handbook's own "can't find that page" (with search and the
// chapters, which do open offline) instead of the browser's error.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  async ({ request }) => {
    try {
      return await fetch(request);
    } catch {
      const page = await matchPrecache(notFoundFile);
      return page
        ? new Response(page.body, { status: 404, headers: page.headers })
        : Response.error();
    }
  },
);

// The first install takes over the pages already open (they were sent by this
// same version): without it the page a reader arrived on still asked the
// network for its islands and search, so going offline straight after the
// first visit left a self-check that saved nothing and a search that could
// not load. register.ts does not reload a page for that first take-over.
clientsClaim();

// A new version waits until the reader presses Reload (register.ts), so old
// pages never meet new files.
self.addEventListener('message', (event) => {
  if (event.data?.type === skipWaitingMessage.type) void self.skipWaiting();
});
