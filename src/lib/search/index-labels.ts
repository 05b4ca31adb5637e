/**
 * Labels each thing to avoid in the search index's copy of a page. A search
 * result shows about thirty words from wherever the reader's words are, so an
 * excerpt could start below an "Avoid" box's label and show "Treating their
 * checking as an attack on you" as if it were advice. In the index each item
 * carries the label itself ("Avoid: …"), and the box's own label, now said by
 * every item, is left out. The page the reader opens is unchanged.
 */
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** A box sets `data-index-label` when each of its items must carry its label in the index. */
export const itemLabelProperty = 'dataIndexLabel';

/** The box's label to give each of its items in the index, if it asks for one. */
export function itemLabelOf(element: Element): string | undefined {
  const label = element.properties[itemLabelProperty];
  return typeof label === 'string' && label.trim() !== '' ? label.trim() : undefined;
}

/**
 * In `tree` (give it the index's copy): each list item and paragraph inside a
 * box with an item label starts with that label, and the box's label
 * paragraph (its first child element) goes.
 */
export function labelBoxItems(tree: Root | Element): void {
  visit(tree, 'element', (box: Element) => {
    const label = itemLabelOf(box);
    if (!label) return undefined;
    const heading = box.children.findIndex((child) => child.type === 'element');
    if (heading >= 0) box.children.splice(heading, 1);
    /** Paragraphs already labelled as their list item's first words. */
    const labelled = new Set<Element>();
    visit(box, 'element', (item: Element) => {
      if (item.tagName !== 'li' && item.tagName !== 'p') return;
      if (labelled.has(item)) return;
      // A loose list's item holds a paragraph: the label goes inside it, with its words.
      const first = item.children.find((c) => c.type !== 'text' || c.value.trim() !== '');
      const target = first?.type === 'element' && first.tagName === 'p' ? first : item;
      target.children.unshift({ type: 'text', value: `${label}: ` } as ElementContent);
      // Its other paragraphs go on from the first, not as items of their own.
      for (const child of item.children)
        if (child.type === 'element' && child.tagName === 'p') labelled.add(child);
      // Walking on: a list inside an item has items of its own to label.
    });
    return SKIP;
  });
}
