// A generic check of a page's layout, as a reader on a phone or a laptop would notice its faults. It knows
// nothing of the site's markup: it measures what the browser laid out.
import type { Page } from '@playwright/test';

/** Text at least this long must have at least this much width (40% of a 360 px phone) to be readable. */
const longText = 60;
const narrowest = 144;

/** Faults of the page as laid out now, each a sentence naming the element. Empty when there are none. */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ longText, narrowest }) => {
      const problems: string[] = [];
      const describe = (element: Element) => {
        const id = element.id ? `#${element.id}` : '';
        const classes = element.classList.length ? `.${[...element.classList].join('.')}` : '';
        const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        return `<${element.tagName.toLowerCase()}${id}${classes}> "${text}"`;
      };
      const root = document.scrollingElement!;
      if (root.scrollWidth > root.clientWidth) problems.push(`the page scrolls sideways: ${root.scrollWidth}px of content in ${root.clientWidth}px`);

      const nameOf = (element: Element) =>
        element.getAttribute('aria-label') ??
        (element.getAttribute('aria-labelledby') ?? '')
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
          .trim();

      // Hidden for the eye but kept for screen readers (a 1 px box, clipped): not a fault.
      const hiddenOnPurpose = (element: Element) => {
        for (let at: Element | null = element; at && at !== document.body; at = at.parentElement) {
          const box = at.getBoundingClientRect();
          if (getComputedStyle(at).clipPath.startsWith('inset(50%') || (box.width <= 1 && box.height <= 1)) return true;
        }
        return false;
      };

      for (const element of document.body.querySelectorAll('*')) {
        if (element.closest('[hidden], dialog:not([open]), template, script, style') || hiddenOnPurpose(element)) continue;
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        if (style.display === 'none' || style.visibility === 'hidden' || (box.width === 0 && box.height === 0)) continue;

        // Content cut off by a box that hides its overflow.
        const hides = (value: string) => value === 'hidden' || value === 'clip';
        if (
          (hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1) ||
          (hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1)
        ) {
          problems.push(
            `${describe(element)} cuts off its content (${element.scrollWidth}×${element.scrollHeight}px in ${element.clientWidth}×${element.clientHeight}px)`,
          );
        }

        // A region that scrolls must be reachable by keyboard and say what it is.
        const scrolls = (value: string) => value === 'auto' || value === 'scroll';
        const scrollsX = scrolls(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
        const scrollsY = scrolls(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
        if (scrollsX || scrollsY) {
          // Focusable itself, or holding links or controls: Tab reaches them and the browser scrolls each into
          // view (what axe's scrollable-region-focusable accepts too), as in the phone header's row of sections.
          const reachable =
            (element as HTMLElement).tabIndex >= 0 || element.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])');
          if (!reachable) problems.push(`${describe(element)} scrolls but cannot be reached with the keyboard (no tabindex)`);
          if (!nameOf(element)) problems.push(`${describe(element)} scrolls but has no name (aria-label or aria-labelledby)`);
        }
        // A table that has to be scrolled sideways to be read, unless it sits in a region made for that: one
        // that scrolls, is reached by keyboard and is named (checked above), as a wide table in a card is.
        const parent = element.parentElement;
        const inScrollRegion = parent && scrolls(getComputedStyle(parent).overflowX) && (parent as HTMLElement).tabIndex >= 0 && nameOf(parent);
        if (element.tagName === 'TABLE' && parent && !inScrollRegion && box.width > parent.clientWidth + 1) {
          problems.push(`${describe(element)} is ${Math.round(box.width)}px wide in a ${parent.clientWidth}px column: it must be scrolled sideways to be read`);
        }

        // Long text squeezed into a sliver.
        const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim());
        const length = (element.textContent ?? '').replace(/\s+/g, ' ').trim().length;
        if (ownText && style.display !== 'inline' && length >= longText) {
          const width = box.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          if (width < narrowest) problems.push(`${describe(element)}: ${length} characters in a column ${Math.round(width)}px wide`);
        }
      }
      return problems;
    },
    { longText, narrowest },
  );
}

/**
 * Faults of the page as laid out in the light theme and then the dark one, switched in place: the theme
 * changes colours, not boxes, so one load is measured in each. Each fault names its theme.
 */
export async function layoutProblemsInBothThemes(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const problem of await layoutProblems(page)) problems.push(`(${scheme}) ${problem}`);
  }
  return problems;
}
