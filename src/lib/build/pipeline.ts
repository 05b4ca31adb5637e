/**
 * The after-build pipeline: the built pages are read and parsed once, each
 * step works on the same trees in the order the integration declares, and
 * every page and file is written once at the end. Steps report one line for
 * the build log and throw to fail the build.
 */
import type { SitePage } from './built-site';
import { describeDeadLinks, findDeadLinks, repeatedIds } from './link-check';
import { isNoindex, sitemapXml } from './sitemap';

export interface AfterBuild {
  /** The public address, e.g. `https://example.org`. */
  site: string;
  /** The base path, e.g. `/` or `/handbook/`. */
  base: string;
  pages: SitePage[];
  /** Every built file that is not a page, as a site path (`/favicon.svg`). */
  files: Set<string>;
  /** Files to write besides the pages: site path → text. */
  outputs: Map<string, string>;
  /** Reads a built file that is not a page, e.g. `/_headers`. */
  readFile(path: string): string | undefined;
}

export interface AfterBuildStep {
  name: string;
  /** Returns one line for the build log. */
  run(build: AfterBuild): string | Promise<string>;
}

export async function runSteps(
  build: AfterBuild,
  steps: readonly AfterBuildStep[],
  log: (line: string) => void,
): Promise<void> {
  for (const step of steps) log(`${step.name}: ${await step.run(build)}`);
}

/** Writes `sitemap.xml` (every page not marked noindex) and `robots.txt`. */
export const sitemapStep: AfterBuildStep = {
  name: 'sitemap',
  run(build) {
    const listed = build.pages.filter((p) => !isNoindex(p.tree)).map((p) => p.path);
    build.outputs.set('/sitemap.xml', sitemapXml(build.site, build.base, listed));
    const sitemapUrl = new URL(`${build.base.replace(/\/$/, '')}/sitemap.xml`, build.site).href;
    build.outputs.set('/robots.txt', `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`);
    // Said in the build log, where the person deploying looks.
    const notes = [
      ...(new URL(build.site).hostname.endsWith('.example.org')
        ? [`SITE_URL is not set, so canonical links and the sitemap name ${build.site}`]
        : []),
      ...(build.base === '/'
        ? []
        : [
            `crawlers read robots.txt only at the site's root, not ${build.base}robots.txt: copy its Sitemap line there`,
          ]),
    ];
    return [`${listed.length} pages in sitemap.xml; robots.txt written`, ...notes].join('. NOTE: ');
  },
};

/**
 * Fails the build on any link to a page, file or `#fragment` that was not
 * built, and on an id a page carries twice (a link would find only one).
 */
export const linkCheckStep: AfterBuildStep = {
  name: 'links',
  run(build) {
    const repeated = build.pages.flatMap((page) =>
      repeatedIds(page.tree).map(
        (id) => `  ${page.path}: id "${id}" is on the page more than once`,
      ),
    );
    if (repeated.length > 0) {
      throw new Error(
        `Ids used twice in the built site (a heading's {#id} or a worksheet field id may clash with another id on its page):\n${repeated.join('\n')}`,
      );
    }
    const files = new Set([...build.files, ...build.outputs.keys()]);
    const dead = findDeadLinks(build.pages, files, build.base);
    if (dead.length > 0) {
      throw new Error(`Dead links in the built site:\n${describeDeadLinks(dead)}`);
    }
    return `${build.pages.length} pages, no dead links, no id used twice`;
  },
};
