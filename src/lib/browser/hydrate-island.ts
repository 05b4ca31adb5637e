/**
 * Wakes a Preact island in the browser: @astrojs/preact's own client, less
 * the code for signals passed as props. No island here takes a signal, and
 * that code imports @preact/signals on demand, which brought Vite's preload
 * helper with it: together about 0.6 KB gzip on every page with an island.
 * `islandRenderer()` (src/lib/build/island-renderer.ts) puts this module in
 * place of `@astrojs/preact/client.js` in the browser build. A signal prop
 * fails loudly here rather than arriving as a plain value.
 */
import { h, hydrate, render, type ComponentType, type FunctionComponent } from 'preact';

/** Server-rendered children and named slots, as the server left them. */
const StaticHtml: FunctionComponent<{ value?: string | undefined; name?: string | undefined }> = ({
  value,
  name,
}) => (value ? h('astro-slot', { name, dangerouslySetInnerHTML: { __html: value } }) : null);
// The server's HTML is already right: Preact must never re-render it.
(StaticHtml as unknown as { shouldComponentUpdate: () => boolean }).shouldComponentUpdate = () =>
  false;

export default (element: HTMLElement) =>
  async (
    Component: ComponentType<Record<string, unknown>>,
    props: Record<string, unknown>,
    { default: children, ...slotted }: Record<string, string | undefined>,
    { client }: { client: string },
  ): Promise<void> => {
    if (!element.hasAttribute('ssr')) return;
    if (element.dataset['preactSignals']) {
      throw new Error(
        `${element.getAttribute('component-url') ?? 'An island'}: signal props are not supported`,
      );
    }
    for (const [key, value] of Object.entries(slotted))
      props[key] = h(StaticHtml, { value, name: key });
    const child = h(
      Component,
      props,
      children != null ? h(StaticHtml, { value: children }) : children,
    );
    if (client === 'only') {
      element.innerHTML = '';
      render(child, element);
    } else {
      hydrate(child, element);
    }
    element.addEventListener('astro:unmount', () => render(null, element), { once: true });
  };
