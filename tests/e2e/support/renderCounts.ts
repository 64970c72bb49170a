import type { Page } from 'playwright-core';

/**
 * Counts the React components the page renders again, through the hook React offers its
 * developer tools (present in production builds too): after each commit, every component
 * that did work in it is counted under the class of the first element it renders
 * ('segment' for a transcript turn, 'code-row' for a codebook row). Components mounted by
 * the commit are not counted: they are new, not rendered again.
 *
 * Must be installed before the page loads (React looks for the hook when it starts).
 */
export async function installRenderCounter(page: Page): Promise<void> {
  await page.addInitScript(() => {
    interface Fiber {
      readonly tag: number;
      readonly flags: number;
      readonly child: Fiber | null;
      readonly sibling: Fiber | null;
      readonly alternate: Fiber | null;
      readonly stateNode: unknown;
    }
    // React's fiber tags of components that render (function, class, forwardRef, simple memo;
    // a memo() with its own comparison wraps a function fiber, counted itself) and of elements.
    const COMPONENTS = new Set([0, 1, 11, 15]);
    const ELEMENT = 5;
    // React's flag for a component whose render function ran in this commit.
    const PERFORMED_WORK = 1;
    const counts = new Map<string, number>();
    const label = (fiber: Fiber): string => {
      let node: Fiber | null = fiber;
      while (node && node.tag !== ELEMENT) node = node.child;
      const element = node?.stateNode;
      return element instanceof Element ? (element.classList[0] ?? element.tagName.toLowerCase()) : '(none)';
    };
    const visit = (fiber: Fiber, previous: Fiber | null): void => {
      if (previous && COMPONENTS.has(fiber.tag) && (fiber.flags & PERFORMED_WORK) !== 0) {
        const name = label(fiber);
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      // The same children as before: React skipped the whole subtree.
      if (previous && fiber.child === previous.child) return;
      for (let child = fiber.child; child; child = child.sibling) visit(child, child.alternate);
    };
    (window as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers: new Map(),
      inject: () => 1,
      onCommitFiberRoot: (_renderer: number, root: { current: Fiber }) =>
        visit(root.current, root.current.alternate),
      onCommitFiberUnmount: () => undefined,
      onPostCommitFiberRoot: () => undefined,
      checkDCE: () => undefined,
    };
    (window as { verbatimRenders?: Map<string, number> }).verbatimRenders = counts;
  });
}

/** Renders counted since the last call, by the class of the component's first element. */
export async function takeRenderCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts = (window as { verbatimRenders?: Map<string, number> }).verbatimRenders;
    const taken = Object.fromEntries(counts ?? []);
    counts?.clear();
    return taken;
  });
}
