/**
 * The whole-handbook profile: one row per chapter, strongest first. Each bar
 * has its label and value as text beside it, so it reads without colour, in
 * print and to a screen reader (the bar itself is hidden from them).
 */
import { noneApply, type AreaResult } from '../../lib/self-check/scoring';
import { MAX_POINTS_PER_STATEMENT } from '../../lib/self-check/scale';

// Widths as whole classes (no style attributes, which a strict CSP may block).
const WIDTHS = [
  'w-0',
  'w-1/12',
  'w-2/12',
  'w-3/12',
  'w-4/12',
  'w-5/12',
  'w-6/12',
  'w-7/12',
  'w-8/12',
  'w-9/12',
  'w-10/12',
  'w-11/12',
  'w-full',
] as const;

function barWidth(average: number): string {
  const step = Math.round((average / MAX_POINTS_PER_STATEMENT) * 12);
  return WIDTHS[Math.min(12, Math.max(0, step))] ?? 'w-0';
}

interface Props {
  profile: AreaResult[];
  start: AreaResult[];
}

/** Under /self-check/'s own result heading (an h2), so its headings are h3. */
export default function ProfileChart({ profile, start }: Props) {
  const answered = profile.filter((a) => a.average !== null);
  const notApplying = profile.filter(noneApply);
  const waiting = profile.filter((a) => a.average === null && !noneApply(a));
  return (
    <div class="mt-4">
      {answered.length > 0 && (
        <>
          <h3 class="font-bold">Strongest to weakest</h3>
          <ol class="mt-2 space-y-3" data-profile>
            {answered.map((area) => (
              <li key={area.chapter} data-area={area.chapter}>
                <div class="flex flex-wrap items-center justify-between gap-x-4 text-base">
                  <a href={area.href} class="tap-target">
                    {area.title}
                  </a>
                  <span class="font-semibold">{area.label}</span>
                </div>
                <div
                  aria-hidden="true"
                  class="mt-1 h-3 w-full rounded-sm border border-ink bg-page"
                  data-bar
                >
                  <div class={`h-full bg-accent ${barWidth(area.average ?? 0)}`}></div>
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
      {waiting.length > 0 && answered.length > 0 && (
        <p class="mt-3 text-base text-muted">
          {`Not answered yet: ${waiting.map((a) => a.title).join(', ')}.`}
        </p>
      )}
      {notApplying.length > 0 && (
        <p class="mt-3 text-base text-muted" data-profile-not-applying>
          {`Does not apply to you, so left out: ${notApplying.map((a) => a.title).join(', ')}.`}
        </p>
      )}
      {start.length > 0 && (
        <div class="mt-6">
          <h3 class="font-bold">Start here</h3>
          <ul class="mt-2 space-y-1">
            {start.map((area) => (
              <li key={area.chapter}>
                <a href={area.href} class="tap-target" data-start-here>
                  {area.title}
                </a>{' '}
                <span class="text-base text-muted">{`(${area.label})`}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
