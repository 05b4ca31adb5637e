/**
 * After-build steps for the handbook: fail on any dead internal link or
 * fragment, then write the sitemap and robots.txt. Kept here so `astro build` alone gives a
 * complete, checked site.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readBuiltSite } from '../lib/build/built-site';
import { describeDeadLinks, findDeadLinks } from '../lib/build/link-check';
import { sitemapXml } from '../lib/build/sitemap';

export default function handbookBuild(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'handbook-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? 'http://localhost';
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const built = readBuiltSite(root);
        writeFileSync(
          `${root}/sitemap.xml`,
          sitemapXml(
            site,
            base,
            built.pages.map((p) => p.path),
          ),
        );
        const sitemapUrl = new URL(`${base.replace(/\/$/, '')}/sitemap.xml`, site).href;
        writeFileSync(`${root}/robots.txt`, `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`);
        built.files.add('/sitemap.xml');
        built.files.add('/robots.txt');
        const dead = findDeadLinks(built.pages, built.files, base);
        if (dead.length > 0) {
          throw new Error(`Dead links in the built site:\n${describeDeadLinks(dead)}`);
        }
        logger.info(`${built.pages.length} pages, no dead links; sitemap.xml written.`);
      },
    },
  };
}
