/**
 * Readability checks for the handbook's writing.
 *
 * The MDX file is parsed the way the site's build reads it (remark with MDX and
 * frontmatter), so only the prose a reader sees is counted. Syllables come from
 * the maintained `syllable` package. Average sentence length and the
 * Flesch-Kincaid grade level follow:
 *
 *   grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { syllable } from 'syllable';
import { splitHeadingId } from '../markdown/heading-ids';
import { parseMdx } from '../markdown/parse-mdx';

export interface ReadabilityResult {
  sentences: number;
  words: number;
  averageSentenceLength: number;
  fleschKincaidGrade: number;
}

const SENTENCE_END = /[.!?]["'”’)\]]*$/;

/** Ends a block of text with a full stop unless it already ends a sentence. */
function asSentence(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (!trimmed) return '';
  return SENTENCE_END.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Nodes a reader never reads: frontmatter, imports, `{…}` expressions and comments, code, raw HTML. */
const UNREAD = new Set([
  'yaml',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'code',
  'html',
]);

/** Drops the nodes a reader never reads, in place. */
function dropUnread(node: Nodes): void {
  if (!('children' in node)) return;
  const kept = (node.children as Nodes[]).filter((child) => !UNREAD.has(child.type));
  kept.forEach(dropUnread);
  (node as { children: Nodes[] }).children = kept;
}

/** The prose blocks of a tree in reading order: every paragraph and heading, wherever it sits. */
function proseBlocks(node: Nodes, blocks: string[]): void {
  if (node.type === 'heading') {
    const text = toString(node);
    blocks.push(splitHeadingId(text)?.text ?? text);
    return;
  }
  if (node.type === 'paragraph') {
    blocks.push(toString(node));
    return;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) proseBlocks(child, blocks);
}

/**
 * Turns an MDX document into plain prose. Frontmatter, imports, comments, code,
 * JSX tags, `{#id}` heading marks, Markdown syntax and link URLs are dropped.
 * Each heading, paragraph and list item becomes a sentence of its own. Blocks
 * are separated by a blank line.
 */
export function plainTextFromMdx(source: string): string {
  const tree: Root = parseMdx(source);
  dropUnread(tree);
  const blocks: string[] = [];
  proseBlocks(tree, blocks);
  return blocks.map(asSentence).filter(Boolean).join('\n\n');
}

/**
 * Syllables in one word, from the `syllable` package. Every word has at least
 * one, so a number such as "10" counts as one; a token with no letters or
 * digits counts as none.
 */
export function countSyllables(word: string): number {
  if (!/[\p{L}\p{N}]/u.test(word)) return 0;
  return Math.max(1, syllable(word));
}

const WORD = /[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g;

/** Splits prose into sentences on ., ! and ?, keeping closing quotes with their sentence. */
export function splitSentences(text: string): string[] {
  const parts = text.match(/[^.!?]+(?:[.!?]+["'”’)\]]*|$)/g) ?? [];
  return parts.map((part) => part.trim()).filter((part) => (part.match(WORD) ?? []).length > 0);
}

/** Sentence, word and syllable statistics and the Flesch-Kincaid grade of plain text. */
export function readability(text: string): ReadabilityResult {
  const sentences = splitSentences(text).length;
  const words = text.match(WORD) ?? [];
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  if (words.length === 0 || sentences === 0) {
    return { sentences, words: words.length, averageSentenceLength: 0, fleschKincaidGrade: 0 };
  }
  const averageSentenceLength = words.length / sentences;
  const fleschKincaidGrade =
    0.39 * averageSentenceLength + 11.8 * (syllables / words.length) - 15.59;
  return {
    sentences,
    words: words.length,
    averageSentenceLength: round(averageSentenceLength),
    fleschKincaidGrade: round(fleschKincaidGrade),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
