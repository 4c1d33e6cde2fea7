/**
 * What a reader would see as broken at a given width: the page scrolling
 * sideways, or a control (link, button, field, disclosure) cut by the box it
 * sits in or pushed past the edge of the screen.
 */
import type { Page } from "playwright-core";

export interface LayoutReport {
  /** How far the page is wider than the window, in CSS pixels (0 when it fits). */
  overflow: number;
  /** One line per cut control: what it is and what cuts it. */
  clipped: string[];
}

/**
 * Measured in the page. A control counts when it is shown and has a size; it
 * is cut when it reaches past the left or right edge of the window, or past
 * the edge of an ancestor that clips (`overflow` other than `visible`) while
 * partly inside it: a row cut in half by a scrolling box is cut, a row
 * scrolled wholly out of view is not. Visually hidden text (1 px boxes) and
 * the pictures' marks (SVG) are not controls a reader aims at.
 */
export async function layoutReport(page: Page): Promise<LayoutReport> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]");
    const clipped: string[] = [];
    const describe = (element: Element) => {
      const text = (element.getAttribute("aria-label") ?? element.textContent ?? element.getAttribute("name") ?? "")
        .replace(/\s+/g, " ")
        .trim()
        .slice(0, 50);
      return `${element.tagName.toLowerCase()}${element.className && typeof element.className === "string" ? `.${element.className.split(" ").join(".")}` : ""} "${text}"`;
    };
    for (const control of controls) {
      if (control.closest("svg")) continue;
      const rect = control.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue;
      if (!control.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      if (rect.left < -1 || rect.right > window.innerWidth + 1) {
        clipped.push(
          `${describe(control)} reaches past the window (${Math.round(rect.left)}–${Math.round(rect.right)} of ${window.innerWidth})`,
        );
        continue;
      }
      for (let box = control.parentElement; box && box !== document.body; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (style.overflowX === "visible" && style.overflowY === "visible") continue;
        const outer = box.getBoundingClientRect();
        // A 1 px box is visually hidden text, never a box a control is meant to be seen in.
        if (outer.width <= 1 || outer.height <= 1) break;
        const inside =
          rect.left >= outer.left - 1 && rect.right <= outer.right + 1 && rect.top >= outer.top - 1 && rect.bottom <= outer.bottom + 1;
        const apart = rect.right <= outer.left || rect.left >= outer.right || rect.bottom <= outer.top || rect.top >= outer.bottom;
        if (!inside && !apart) {
          clipped.push(`${describe(control)} cut by ${describe(box)} (overflow ${style.overflowX} ${style.overflowY})`);
          break;
        }
      }
    }
    return { overflow: Math.max(0, document.documentElement.scrollWidth - window.innerWidth), clipped };
  });
}
