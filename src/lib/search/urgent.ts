/**
 * Words that may mean someone is in danger: thoughts of suicide or self-harm,
 * violence, fear of a partner. When a search holds any of them, the way to
 * urgent help comes before the results, whatever they are. A false alarm
 * costs one line; a missed one could cost far more, so the patterns lean wide,
 * but leave alone everyday phrases this handbook's readers use ("she wants to
 * end it", "it hit me how much I hurt her", "cut myself off from her"). One
 * exception on purpose: "I hate myself (for what I did)" leads with help, as
 * self-hatred may be a warning sign.
 * Results and their order do not change.
 */
const self = String.raw`(?:my|him|her|them|your|our)\s*sel(?:f|ves)`;
const someone = String.raw`(?:me|him|her|them|you|us|my\s+\w+)`;
const partner = String.raw`(?:he|she|they|partner|wife|husband|girlfriend|boyfriend)`;
const fear = String.raw`(?:scared|afraid|frightened|terrified)`;
/** Things a reader may say were thrown at them. */
const thrown = String.raw`(?:things|stuff|something|plates?|glass(?:es)?|cups?|mugs?|bottles?|shoes?|chairs?|drinks?|remotes?|keys|phones?|books?|lamps?|vases?|knife|knives|food|rings?)`;

/** Thoughts of suicide or self-harm, and despair. */
const toOneself: readonly RegExp[] = [
  // Suicide, misspelled too ("sucidal", "suicde").
  /\bsu[iy]?c[iy]?d/,
  // "kil myself", "kll myself": the misspelling of a word that matters most.
  new RegExp(String.raw`\bk[il]?l{1,2}\s*${self}\b`),
  /\bunalive/,
  new RegExp(
    String.raw`\b(?:kill|killing|killed|hurt|hurting|harm|harming|hang|hanging)\s*${self}\b`,
  ),
  // Not "cut myself off from the affair partner".
  new RegExp(String.raw`\bcut(?:ting)?\s+${self}\b(?!\s+off\b)`),
  /\b(?:slit|cut|cutting)\s+(?:my|his|her|their)\s+wrists?\b/,
  /\bkms\b/,
  /\bself[\s-]*harm/,
  /\bend(?:ing)?\s+(?:my|his|her|their|your)\s+(?:own\s+)?li(?:fe|ves)\b/,
  /\bend(?:ing)?\s+it\s+all\b/,
  // "Take my own life", not "take my life back".
  /\b(?:tak(?:e|es|ing|en)|took)\s+(?:my|his|her|their|your)\s+(?:own\s+)?li(?:fe|ves)\b(?!\s+back\b)/,
  /\b(?:want|wants|wanted|wanna|going|ready)\s+(?:(?:to|too|2)\s+)?die\b/,
  // A reader pass found each of these missed, and led by "Be grateful" or
  // "The ups and downs".
  // Not "die of embarrassment", "dying of shame".
  /\b(?:deserve|deserves|should\s+(?:just\s+)?)\s*(?:to\s+)?die\b(?!\s+of\b)/,
  /\bfeel(?:s|ing)?\s+like\s+dying\b(?!\s+of\b)/,
  // Of the reader, not of the details: "nobody would miss me", "no one would
  // care if I was gone", "no one would notice" with nothing after it.
  /\b(?:nobody|no\s*one)\s+(?:would|will|is\s+going\s+to)\s+(?:even\s+)?(?:miss|care|notice)(?:\s+(?:me|if\s+i\s+(?:was|were|wasnt|werent|died|left\s+for\s+good)\b)|\s*$)/,
  /\b(?:im|i\s+am)\s+(?:just\s+)?a\s+burden\b/,
  /\bno\s+way\s+out\b(?!\s+of\s+(?:this|the|my|our)\s+(?:marriage|relationship|affair|situation|mess|guilt|lie|lies)\b)/,
  /\b(?:isnt|aint)\s+worth\s+living\b/,
  /\bnever\s+wake\s+up\b/,
  /\bjump(?:ing)?\s+(?:off|from)\s+(?:a|the)\s+(?:bridge|building|roof|cliff|balcony)\b/,
  /\bdone\s+with\s+(?:life|living)\b(?!\s+(?:a|with)\b)/,
  /\b(?:been|started|keep|kept)\s+cutting\b(?!\s+(?:her|him|them|back|down|out|off|ties|contact)\b)|\bcutting\s+again\b/,
  /\b(?:bought|got|have|found)\s+a\s+rope\b/,
  /\b(?:want|wanna|going|thinking\s+about|think\s+about)\s+(?:to\s+)?crash(?:ing)?\s+(?:my|the)\s+car\b/,
  /\bwish\s+i\s+(?:could|would)\s+(?:just\s+)?die\b/,
  /\bthink(?:ing|s)?\s+about\s+dying\b/,
  /\bwant\s+to\s+not\s+(?:exist|be\s+alive|be\s+here)\b/,
  /\bjump\s+in\s+front\s+of\b/,
  /\b(?:going\s+to|gonna)\s+jump\s*$/,
  // Not "I did something stupid" (what the affair was): what may come.
  /\b(?:going\s+to|gonna|might|about\s+to|will|could)\s+do\s+something\s+(?:stupid|drastic)\b/,
  /\b(?:dont|do\s+not|doesnt|does\s+not|didnt|not)\s+(?:want|wanna)\s+(?:to\s+)?(?:live|be\s+alive|be\s+here|exist|wake\s+up)\b/,
  /\bwant\s+(?:it\s+all|everything)\s+to\s+(?:stop|end)\b/,
  /\b(?:be|was|were|wish\w*)\s+dead\b/,
  /\bbetter\s+off\s+dead\b/,
  /\bnot\s+worth\s+living\b/,
  // Giving up on life, not on the relationship ("give up on us" is ordinary);
  // wanting to give up, with nothing after it, may mean either: lean wide.
  /\b(?:want|wants|wanna|going|ready)\s+(?:to\s+)?give\s+up\s*$/,
  /\bg[ai]v(?:e|es|ing)?\s+up\s+on\s+(?:life|living|myself\s+and\s+(?:life|everything))\b/,
  /\bno\s+(?:will|wish)\s+to\s+live\b/,
  /\bwhats\s+(?:even\s+)?the\s+point\s+(?:of|in)\s+(?:living|being\s+alive|going\s+on)\b/,
  // Despair said without a word for death (a reader pass): "what's the point
  // anymore", not "what's the point of telling her".
  /\bwhats\s+(?:even\s+)?the\s+point\s*(?:any\s*more|of\s+(?:anything|it\s+all))?\s*$/,
  /\bwhats\s+(?:even\s+)?the\s+point\s+(?:any\s*more|of\s+(?:anything|it\s+all))\b/,
  /\b(?:dont|cant)\s+see\s+(?:the|any)\s+point\s+(?:any\s*more|in\s+(?:living|anything|going\s+on))\b/,
  /\bshouldnt\s+(?:be\s+alive|exist)\b/,
  /\b(?:dont|do\s+not|didnt)\s+(?:even\s+)?deserve\s+to\s+(?:live|be\s+alive|exist|be\s+here)\b/,
  /\bbetter\s+off\s+(?:without\s+me|if\s+i\s+(?:was|were|wasnt|werent)\s+(?:gone|here|around|dead|alive))\b/,
  /\bhate\s+myself\b/,
  /\b(?:cant|cannot|can\s+not)\s+live\s+with\s+myself\b/,
  /\bwish\s+i\s+(?:(?:was|were)\s+(?:never\s+born|not\s+(?:here|alive|around)|gone)|(?:wasnt|werent)\s+(?:here|alive|around|born)|had\s+never\s+been\s+born)\b/,
  // "I can't go on", "cannot go on anymore" (not "can't go on a date").
  /\b(?:cant|cannot|can\s+not|couldnt)\s+go\s+on\b(?!\s+(?:a|an|the|with|holiday|vacation|trips?|dates?)\b)/,
  /\b(?:cant|cannot|can\s+not)\s+(?:do\s+this|take\s+(?:it|this))\s+any\s*more\b/,
  /\bno\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|going\s+on)\b/,
  // Without its "in", only where nothing follows but "anymore": not "no point
  // living a lie", "living together" or "going on holiday".
  /\bno\s+(?:reason|point)\s+(?:in\s+)?(?:living|being\s+alive)(?:\s+any\s*more)?\s*$/,
  /\boverdos/,
  /\b(?:too\s+many|a\s+lot\s+of|all\s+(?:my|his|her|their|the))\s+(?:pills|tablets)\b/,
  /\b(?:bunch|handful|load|loads|bottle|packet)\s+of\s+(?:pills|tablets|meds|painkillers|sleeping\s+pills)\b/,
  // "I took pills", "took 20 pills", "swallowed all my tablets"; not "took my
  // pills this morning", "birth control pills" or "took the pills out".
  /\b(?:took|swallowed|taken|swallow)\s+(?:(?:all|loads|lots|a\s+lot|a\s+bunch|a\s+handful|\d+)\s+(?:of\s+)?(?:my\s+|the\s+|those\s+)?)?(?:pills|tablets|painkillers)\b(?!\s+(?:out|from|for|this|every|each|with|in)\b)/,
  /\b(?:took|swallowed|taken)\s+(?:my|the|a)\s+whole\s+(?:prescription|bottle|packet)\b/,
  /\b(?:pills|tablets)\b.*\btake\s+(?:them\s+all|all\s+of\s+them)\b/,
];

/** Violence, threats, being held or afraid: harm someone else does or may do. */
const fromOthers: readonly RegExp[] = [
  // Being hit: not "it hit me how…", "hit her up" (got in touch), "hit me with questions".
  new RegExp(
    String.raw`(?<!\bit\s(?:\w+\s)?)\bhit(?:s|ting)?\s+${someone}\b(?!\s+(?:up|with|how|that|what|when)\b)`,
  ),
  // "He hit me when he found out": a person before "hit" ("the guilt hit me when…" is not).
  new RegExp(String.raw`\b(?:${partner}|my\s+\w+)\s+hit(?:s)?\s+(?:me|us)\s+when\b`),
  // Not "kicked me out" (of the house), "beat me to it", "pushes me away".
  new RegExp(String.raw`\bkick\w*\s+${someone}\b(?!\s+out\b)`),
  new RegExp(
    String.raw`\b(?:punch\w*|slap\w*|chok\w*|strangl\w*|shov\w*|grab\w*|push\w*|beat|beats|beating|beaten)\s+${someone}\b(?!\s+(?:to|away)\b)`,
  ),
  new RegExp(
    String.raw`\b${partner}\s+(?:hurts|hurt|has\s+hurt|scares|frightens|terrifies)\s+me\b(?!\s+(?:with\s+(?:her|his|their)\s+(?:words|silence|comments)|by\s+\w+ing|back|like|so\s+much|emotionally)\b)`,
  ),
  /\b(?:will|would|might|going\s+to|gonna)\s+(?:hurt|kill|harm|hit)\s+(?:me|us)\b/,
  // Wanting or trying to, and children hurt (a reader pass): "he tried to
  // kill me", "wants me dead", "he hits the kids", "going to hurt the kids".
  // Not "wants to hurt me back" or "like I hurt her" (hurt in kind).
  /\b(?:tried|tries|trying|want|wants|wanted|wanting)\s+to\s+(?:kill|hurt|harm|strangle|choke|hit)\s+(?:me|us)\b(?!\s+(?:up|back|like|with\s+(?:a\s+)?questions?)\b)/,
  // Not "stab me in the back", "drown me in guilt", "smother me with love",
  // "poison me against her": with a weapon only.
  /\b(?:tried|tries|trying|want|wants|wanted|wanting)\s+to\s+(?:drown|stab|poison|suffocate|smother)\s+(?:me|us)\b(?!\s+(?:in|against)\b)(?!\s+with\s+(?!(?:a|the|his|her)\s+(?:knife|knives|blade|pillow|scissors)\b))/,
  /\b(?:tried|tries|trying)\s+to\s+run\s+(?:me|us)\s+over\b/,
  /\bwants?\s+(?:me|us)\s+dead\b/,
  // Children hurt by someone: "he hits the kids", "scared he's going to hurt
  // the kids"; not "will the affair hurt my kids" or "I hurt my son".
  new RegExp(
    String.raw`\b(?:${partner}|hes|shes|theyre|dad|mum|mom|father|mother|ex)\s+(?:(?:is|keeps|has|might|will|could|would)\s+)?(?:(?:going\s+to|gonna|been|started)\s+)?(?:hit|hits|hitting|hurt|hurts|hurting|harm|harms|beat|beats|beating|kill|smack\w*|slap\w*)\s+(?:the|my|our|his|her)\s+(?:kids?|children|child|son|daughter|baby|toddler)\b(?!\s+(?:by|with|when\s+(?:she|he|they)\s+(?:tells|says)))`,
  ),
  /\bmolest/,
  // "He'll kill me", "she'd hurt me": apostrophes are gone by now ("hell", "shed").
  /\b(?:hell|shell|theyll|hed|shed|theyd)\s+(?:hurt|kill|harm|hit)\s+(?:me|us)\b/,
  new RegExp(
    String.raw`\b${partner}\s+(?:is|keeps|has\s+been)\s+(?:hurting|hitting|threatening)\s+(?:me|us)\b`,
  ),
  // Things thrown at someone ("threw a glass at me", "threw the remote at
  // me", "throws things", "threw me against the wall"), not questions or an
  // affair thrown at a reader in a row ("throws it back at me").
  new RegExp(
    String.raw`\bthr(?:ew|ows?|owing|own)\s+(?:(?:a|an|the|his|her|their|my)\s+)?${thrown}\b(?:\s+\w+){0,2}?\s+at\s+(?:me|us|my\s+(?:head|face))\b`,
  ),
  /\bthr(?:ew|ows?|owing|own)\s+(?:(?:a|an|the|his|her|their|my)\s+)?(?:drinks?|water|coffee|wine|beer|glass)\s+(?:\w+\s+)?in\s+my\s+face\b/,
  /\bthr(?:ew|ows?|owing|own)\s+(?:things|stuff)\b(?!\s+(?:away|out|in\s+\w+\s+face))/,
  /\bthr(?:ew|ows?|owing|own)\s+me\s+(?:against|into|down|across|onto|to\s+the\s+(?:floor|ground))\b/,
  // Held or shut in: "pinned me against the wall", "held me down", "locked me
  // in the bathroom", "won't let me leave"; not "pin me down on the timeline".
  /\bpin(?:s|ned|ning)?\s+(?:me|us)\s+(?:against|to\s+the\s+(?:wall|floor|bed|ground))\b/,
  /\bpinned\s+(?:me|us)\s+down\b(?!\s+on\b)/,
  /\b(?:held|holds|holding)\s+(?:me|us)\s+down\b/,
  /\block(?:s|ed|ing)?\s+(?:me|us)\s+in\b/,
  /\b(?:wont|will\s+not|wouldnt|would\s+not|doesnt|does\s+not|didnt|did\s+not)\s+let\s+me\s+(?:leave|go\s+out|out\s+of\s+the\s+(?:house|room|car|flat|apartment))\b/,
  /\bsmash(?:es|ed|ing)?\s+(?:my|our|the)\s+(?:phone|things|stuff|laptop|car|door|window|tv)\b/,
  new RegExp(
    String.raw`\b${partner}\s+(?:\w+\s+)?(?:broke|breaks|broken)\s+(?:my|our|the)\s+(?:phone|things|stuff|laptop|car|door|window|tv)\b`,
  ),
  /\b(?:took|takes|hid|hides|keeps)\s+my\s+passport\b/,
  // "Won't let me out" (not "out of her sight").
  /\b(?:wont|will\s+not|wouldnt|would\s+not|doesnt|does\s+not|didnt|did\s+not)\s+let\s+me\s+out\b(?!\s+of\b)/,
  /\b(?:hit|hits|hitting)\s+(?:me|us)\s+with\s+(?:a|an|the|his|her)\s+(?!question|text|ultimatum|divorce|news|truth|list|papers)\w+/,
  /\b(?:dont|do\s+not|didnt|never|no\s+longer)\s+feel\s+safe\b/,
  // Afraid of home: "scared to go home tonight".
  new RegExp(
    String.raw`\b${fear}\s+(?:to|of)\s+(?:go|going|be|being)\s+(?:home|back\s+home|alone\s+with\s+(?:him|her|them))\b`,
  ),
  // "Scared of what he'll do", when he finds out too: the fear may be of
  // his reaction or of harm, and a reader afraid of harm must not miss help.
  new RegExp(
    String.raw`\b${fear}\s+(?:of\s+)?what\s+(?:he|she|they)\s*(?:ll|will|might|would|d|could)\s+do\b`,
  ),
  // "He threatens me", not "she threatened to leave".
  /\bthreat(?:en|ens|ened|ening)\s+(?:me|us)\b/,
  /\brap(?:e|ed|es|ing|ist)\b/,
  /\bsexual(?:ly)?\s+assault/,
  /\bforc(?:ed|es|ing)\s+(?:himself|herself|themselves)\s+on\b/,
  /\bforc\w*\s+(?:me|us)\s+(?:to\s+have\s+sex|into\s+(?:sex|bed))\b/,
  /\bviolen(?:t|ce)\b/,
  /\babus(?:e|ed|es|ing|ive|er)\b/,
  // Not "afraid of her finding out".
  new RegExp(
    String.raw`\b${fear}\s+(?:of|for)\s+(?:me|him|her|them|my\s+(?:life|safety|partner|wife|husband|girlfriend|boyfriend))\b(?!\s+\w+ing\b)`,
  ),
  /\bfear\s+for\s+(?:my|our|his|her|their)\s+(?:life|lives|safety)\b/,
  /\bthreat\w*\s+(?:to\s+)?(?:kill|hurt|harm)\b/,
  // Being followed, watched or forced: the other person may not stop at words.
  /\bstalk(?:s|ed|ing|er|ers)?\b/,
  /\bblackmail/,
  /\b(?:death\s+)?threats\b/,
  // Not "in danger of losing her".
  /\b(?:in\s+danger|unsafe|not\s+safe|emergency)\b(?!\s+of\b)/,
  /\b(?:knife|gun|weapon)s?\b/,
];

/**
 * Harm the reader fears they may do ("I'm going to hurt someone", "I want
 * to hurt her"; not "I don't want to hurt her", said of the truth, nor "the
 * truth will hurt someone"). It leads with urgent help, without the line
 * for someone being harmed, which is written for them.
 */
const toOthers: readonly RegExp[] = [
  /\bi(?:m|\s+am)?\s+(?:(?!dont|didnt|never|not|wouldnt|wont)\w+\s+)?(?:going\s+to|gonna|will|might|could|want\s+to|wanna|feel\s+like)\s+(?:hurt|kill|harm|hurting|killing|harming)\s+(?:someone|somebody)\b(?!\s+(?:else|with|by|like)\b)/,
  // Afraid of what they may do: "I'm scared I'll hurt her", "I might hit him".
  /\b(?:scared|afraid|worried|terrified)\s+(?:that\s+)?i(?:ll|\s+will|\s+might|\s+could|m\s+going\s+to|\s+am\s+going\s+to)\s+(?:hurt|hit|kill|harm|punch|slap)\s+(?:her|him|them|my\s+\w+|someone)\b(?!\s+(?:again|feelings|with|by|more|if|even)\b)/,
  /\bi\s+(?:might|could|will|ll)\s+(?:hit|punch|slap|kill)\s+(?:her|him|them|my\s+(?:wife|husband|partner|girlfriend|boyfriend))\b(?!\s+(?:up|with|if|for)\b)/,
  /\bi\s+(?:want\s+to|wanna|feel\s+like)\s+(?:hit|hitting|punch\w*|slap\w*|kick\w*|beat\w*)\s+(?:her|him|them|my\s+\w+)\b(?!\s+(?:up|back)\b)/,
  // Not "I don't want to hurt the other woman (by cutting her off cold)".
  /(?<!\b(?:dont|didnt|doesnt|not|never|wouldnt)\s(?:\w+\s){0,2})\b(?:(?:want\s+to|wanna|going\s+to|gonna)\s+(?:kill|beat\s+up|hit)|(?:going\s+to|gonna)\s+hurt)\s+(?:the\s+)?(?:affair\s+partner|ap|other\s+(?:man|woman|guy))\b/,
  /(?<!\b(?:dont|didnt|doesnt|not|never|wouldnt|why\s+would\s+i)\s(?:\w+\s){0,2})\b(?:want\s+to|wanna)\s+(?:hurt|kill)\s+(?:her|him|them|my\s+(?:wife|husband|partner|girlfriend|boyfriend))\b(?!\s+(?:with|by|feelings|again|more|less|as\s+little|any\s*more)\b)/,
  /\b(?:im|i\s+am)\s+(?:going\s+to|gonna)\s+kill\s+(?:him|her|them)\b(?!\s+with\b)/,
];

/** The query as the patterns read it: lower case, no apostrophes or punctuation. */
function plain(query: string): string {
  return query
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/\bwhat\s+is\b/g, 'whats')
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .replace(/\s+/g, ' ');
}

/** Whether any pattern of `list` is in `text`. */
const holds = (list: readonly RegExp[], text: string) => list.some((p) => p.test(text));

/** Whether a search should lead with the way to urgent help. */
export function mayNeedUrgentHelp(query: string): boolean {
  const text = plain(query);
  return holds(toOneself, text) || holds(fromOthers, text) || holds(toOthers, text);
}

/**
 * Whether the words may mean harm from someone else: then the way to urgent
 * help is followed by "Openness never means accepting harm", since a result
 * such as "Be patient" may read as advice to bear it. Beside words of
 * suicide it would only be in the way.
 */
export function mayBeHarmedByOthers(query: string): boolean {
  const text = plain(query);
  // Some words go with either ("a knife", "an emergency"): beside words of
  // suicide they are read as those.
  // Harm the reader fears they may do ("I want to hit him") is not harm done to them.
  return holds(fromOthers, text) && !holds(toOneself, text) && !holds(toOthers, text);
}
