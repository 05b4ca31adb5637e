/**
 * The handbook's own `client:` directive (src/lib/browser/wake-when-kept.ts),
 * added to Astro's. Astro puts a directive's script inline, once per page
 * that uses it, so its hash joins the page's Content-Security-Policy.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { WakeWhenKept } from '../lib/browser/wake-when-kept';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:wakeWhenKept'?: WakeWhenKept;
  }
}

export function clientDirectives(): AstroIntegration {
  return {
    name: 'handbook:client-directives',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'wakeWhenKept',
          entrypoint: fileURLToPath(new URL('../lib/browser/wake-when-kept.ts', import.meta.url)),
        });
      },
    },
  };
}
