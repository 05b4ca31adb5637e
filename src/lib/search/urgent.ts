/**
 * Words that may mean someone is in danger: thoughts of suicide or self-harm,
 * violence, fear of a partner. When a search holds any of them, the way to
 * urgent help comes before the results, whatever they are. A false alarm
 * costs one line; a missed one could cost far more, so the patterns lean wide.
 * Results and their order do not change.
 */
const self = String.raw`(?:my|him|her|them|your|our)\s*sel(?:f|ves)`;
const someone = String.raw`(?:me|him|her|them|you|us|my\s+\w+)`;

const patterns: readonly RegExp[] = [
  /\bsuicid/,
  new RegExp(
    String.raw`\b(?:kill|killing|killed|hurt|hurting|harm|harming|cut|cutting)\s+${self}\b`,
  ),
  /\bkms\b/,
  /\bself[\s-]*harm/,
  /\bend(?:ing)?\s+(?:my|his|her|their|your)\s+(?:own\s+)?li(?:fe|ves)\b/,
  /\bend\s+it\s+all\b/,
  /\b(?:want|wants|wanted|wanna|going|ready)\s+(?:to\s+)?die\b/,
  /\bbetter\s+off\s+dead\b/,
  /\bnot\s+worth\s+living\b/,
  /\bno\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|going\s+on)\b/,
  /\boverdos/,
  new RegExp(
    // Not "kicked me out" (of the house) nor "hit her up" (got in touch).
    String.raw`\b(?:hit|hits|hitting|punch\w*|slap\w*|kick\w*|chok\w*|strangl\w*|beat|beats|beating|beaten)\s+${someone}\b(?!\s+(?:out|up)\b)`,
  ),
  /\bviolen(?:t|ce)\b/,
  /\babus(?:e|ed|es|ing|ive|er)\b/,
  /\b(?:scared|afraid|frightened|terrified)\s+(?:of|for)\s+(?:me|him|her|them|my\s+(?:life|safety|partner|wife|husband|girlfriend|boyfriend))\b/,
  /\bthreat\w*\s+(?:to\s+)?(?:kill|hurt|harm)\b/,
  /\b(?:in\s+danger|unsafe|not\s+safe|emergency)\b/,
  /\b(?:knife|gun|weapon)s?\b/,
];

/** Whether a search should lead with the way to urgent help. */
export function mayNeedUrgentHelp(query: string): boolean {
  const text = query
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .replace(/\s+/g, ' ');
  return patterns.some((pattern) => pattern.test(text));
}
