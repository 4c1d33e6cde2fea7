/**
 * Reading the site with the keyboard alone: Tab until the element wanted has
 * focus, checking on the way that every element that gets focus shows it.
 *
 * A probe installed in every page (`installFocusProbe`, an init script) looks at
 * each element the moment it receives focus, so that Tab can be pressed several
 * times between two reads of what it saw.
 */
import type { BrowserContext, CDPSession, ElementHandle, Locator, Page } from "playwright-core";

export interface FocusState {
  /** `a "People" → /people/`, for messages. */
  description: string;
  /** Why the focus cannot be seen, or null when it can. */
  invisibleBecause: string | null;
}

interface FocusProbe {
  /** One entry per focus change, with the element that got focus. */
  log: FocusState[];
  elements: Element[];
  /** The first element a walk through the page focused: seeing it again means the walk is round. */
  walkFirst: Element | null;
}

/**
 * Runs in the page, before its own scripts. Focus counts as visible when the
 * element has an outline at least 2px wide, or a box-shadow, whose colour has
 * 3:1 contrast with the background around it (WCAG's non-text contrast), and
 * once scrolled to, is on screen with a size. Self-contained: Playwright sends
 * only the source text of this function to the browser.
 */
function installFocusProbe(): void {
  const scope = window as unknown as { __focusProbe?: FocusProbe };
  if (scope.__focusProbe) return;
  const probe: FocusProbe = { log: [], elements: [], walkFirst: null };
  scope.__focusProbe = probe;

  type Rgba = [number, number, number, number];
  const rgba = (value: string): Rgba | null => {
    const match = /rgba?\(([^)]+)\)/.exec(value);
    if (!match?.[1]) return null;
    const parts = match[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
  };
  const luminance = ([r, g, b]: Rgba): number => {
    const channel = (value: number) => {
      const v = value / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const contrast = (a: Rgba, b: Rgba): number => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (light + 0.05) / (dark + 0.05);
  };

  const inspect = (element: Element): FocusState => {
    const style = getComputedStyle(element);
    const name = (element.getAttribute("aria-label") ?? element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 80);
    const href = element.getAttribute("href");
    const description = `${element.tagName.toLowerCase()} "${name}"${href ? ` → ${href}` : ""}`;
    // The ring is drawn around the element, so it stands against its parent's background.
    let background: Rgba = [255, 255, 255, 1];
    for (let node = element.parentElement; node; node = node.parentElement) {
      const colour = rgba(getComputedStyle(node).backgroundColor);
      if (colour && colour[3] > 0) {
        background = colour;
        break;
      }
    }
    const outlineWidth = Number.parseFloat(style.outlineWidth) || 0;
    const outlineColour = rgba(style.outlineColor);
    if (style.outlineStyle !== "none" && outlineWidth >= 2 && outlineColour && outlineColour[3] > 0) {
      const ratio = contrast(outlineColour, background);
      return {
        description,
        invisibleBecause:
          ratio >= 3 ? null : `its outline ${style.outlineColor} has contrast ${ratio.toFixed(2)}:1 with rgba(${background.join(",")})`,
      };
    }
    if (style.boxShadow !== "none") {
      const shadowColour = rgba(style.boxShadow);
      const ratio = shadowColour ? contrast(shadowColour, background) : 0;
      return { description, invisibleBecause: ratio >= 3 ? null : `its box-shadow has contrast ${ratio.toFixed(2)}:1` };
    }
    return { description, invisibleBecause: `no outline (${style.outlineStyle} ${style.outlineWidth}) and no box-shadow` };
  };

  document.addEventListener(
    "focusin",
    (event) => {
      const element = event.target as Element;
      const state = inspect(element);
      probe.log.push(state);
      probe.elements.push(element);
      // The browser scrolls a focused element into view just after this event; do it
      // first so the element can be measured now, before the next key moves focus on.
      // An element placed off the page (a skip link that never comes back) stays off screen.
      element.scrollIntoView({ block: "nearest", inline: "nearest" });
      if (state.invisibleBecause !== null) return;
      const rect = element.getBoundingClientRect();
      if (rect.width < 1 || rect.height < 1) state.invisibleBecause = "it has no size";
      else if (rect.bottom <= 0 || rect.right <= 0 || rect.top >= innerHeight || rect.left >= innerWidth) {
        state.invisibleBecause = `it is off screen at (${Math.round(rect.left)}, ${Math.round(rect.top)})`;
      }
    },
    true,
  );
}

/** Every page of the context gets the probe; call before the first `goto`. */
export async function addFocusProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(installFocusProbe);
}

/**
 * What the probe saw since the last read (the log is emptied), where `target`
 * is among it, and where focus came back round to the first element of a
 * walk (`startWalk` forgets the previous walk's first element).
 */
async function readProbe(
  page: Page,
  target: ElementHandle | null = null,
  startWalk = false,
): Promise<{ states: FocusState[]; targetAt: number; wrappedAt: number }> {
  return page.evaluate(
    ([element, restart]) => {
      const probe = (window as unknown as { __focusProbe?: FocusProbe }).__focusProbe;
      if (!probe) throw new Error("the focus probe is not installed in this page");
      if (restart) probe.walkFirst = null;
      let wrappedAt = -1;
      if (!probe.walkFirst && probe.elements.length > 0) {
        probe.walkFirst = probe.elements[0] ?? null;
        wrappedAt = probe.elements.indexOf(probe.walkFirst!, 1);
      } else if (probe.walkFirst) {
        wrappedAt = probe.elements.indexOf(probe.walkFirst);
      }
      const targetAt = element ? probe.elements.lastIndexOf(element) : -1;
      const states = probe.log.map((state) => ({ ...state }));
      probe.log.length = 0;
      probe.elements.length = 0;
      return { states, targetAt, wrappedAt };
    },
    [target as ElementHandle<Element> | null, startWalk] as const,
  );
}

/** The state of the element that has focus now. */
export async function focusState(page: Page): Promise<FocusState> {
  const states = (await readProbe(page, null)).states;
  const last = states.at(-1);
  if (!last) throw new Error(`no element received focus on ${page.url()}`);
  return last;
}

const TAB = { key: "Tab", code: "Tab", windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 } as const;
const SHIFT_MODIFIER = 8;
const sessions = new WeakMap<Page, Promise<CDPSession>>();

/**
 * Presses Tab (or Shift+Tab) `times` times: the same key events the browser gets
 * from `page.keyboard.press`, sent down the DevTools connection in one go rather
 * than one round trip each, which long lists of links make slow.
 */
async function pressTab(page: Page, times: number, backwards = false): Promise<void> {
  if (times <= 0) return;
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  const cdp = await session;
  const modifiers = backwards ? SHIFT_MODIFIER : 0;
  await Promise.all(
    Array.from({ length: times }, () => [
      cdp.send("Input.dispatchKeyEvent", { type: "rawKeyDown", modifiers, ...TAB }),
      cdp.send("Input.dispatchKeyEvent", { type: "keyUp", modifiers, ...TAB }),
    ]).flat(),
  );
}

export interface TabOptions {
  /** Shift+Tab instead of Tab. */
  backwards?: boolean;
  maxPresses?: number;
}

/** Keys pressed between two reads of the probe; an overshoot is undone with the opposite key. */
const PRESSES_PER_READ = 12;

/**
 * Presses Tab until `target` has focus; returns how many presses that takes.
 * Throws when an element on the way shows no visible focus, or when the target
 * is not reached (not focusable, hidden, or out of the tab order).
 */
export async function tabTo(page: Page, target: Locator, options: TabOptions = {}): Promise<number> {
  const maxPresses = options.maxPresses ?? 400;
  const backwards = options.backwards ?? false;
  const key = backwards ? "Shift+Tab" : "Tab";
  const handle = await target.elementHandle();
  if (!handle) throw new Error(`nothing on ${page.url()} matches ${target}`);
  await readProbe(page);
  for (let presses = 0; presses < maxPresses; presses += PRESSES_PER_READ) {
    await pressTab(page, PRESSES_PER_READ, backwards);
    const { states, targetAt } = await readProbe(page, handle);
    const passed = targetAt === -1 ? states : states.slice(0, targetAt + 1);
    const hidden = passed.find((state) => state.invisibleBecause !== null);
    if (hidden) throw new Error(`focus is not visible on ${hidden.description} (${page.url()}): ${hidden.invisibleBecause}`);
    if (targetAt === -1) continue;
    // Back to the target. Leaving the page's end to the browser's own controls takes a
    // key press that moves no focus in the page, so go by focus, not by count.
    for (let back = 0; back <= PRESSES_PER_READ + 1; back++) {
      if (await page.evaluate((element) => element === document.activeElement, handle)) {
        await readProbe(page);
        return presses + targetAt + 1;
      }
      await pressTab(page, 1, !backwards);
    }
    throw new Error(`${backwards ? "Tab" : "Shift+Tab"} did not return focus to ${target}`);
  }
  throw new Error(`${target} on ${page.url()} was not reached with ${maxPresses} presses of ${key}`);
}

/**
 * Tabs through the whole page from its top, returning what the probe saw for
 * each element that got focus, once each, in order.
 */
export async function walkFocus(page: Page, maxPresses = 800): Promise<FocusState[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await readProbe(page, null, true);
  const seen: FocusState[] = [];
  for (let presses = 0; presses < maxPresses; presses += PRESSES_PER_READ * 2) {
    await pressTab(page, PRESSES_PER_READ * 2);
    const { states, wrappedAt } = await readProbe(page);
    // Past the last element focus leaves the page, then starts again at the top.
    if (wrappedAt !== -1) return [...seen, ...states.slice(0, wrappedAt)];
    seen.push(...states);
  }
  throw new Error(`Tab did not come back round to the top of ${page.url()} within ${maxPresses} presses`);
}
