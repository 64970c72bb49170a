import type { WebContents } from 'electron';

/**
 * Whether the user just clicked or pressed a key in a web contents, as the main process sees
 * it: `input-event` reports real input the window received, which page script cannot fake
 * (a script's synthetic click never reaches the main process). Opening a link in the system
 * browser needs such a gesture, so script alone (an injection, a hostile memo) cannot send
 * the user's browser to an address of its choosing.
 */

/** How long a gesture counts: Chromium's own transient user activation lasts 5 seconds. */
export const GESTURE_LIFETIME_MS = 5000;

/** Input that is a user's deliberate act (not a mouse move, wheel or key release). */
const ACTIVATING_INPUT = new Set([
  'mouseDown',
  'mouseUp',
  'rawKeyDown',
  'keyDown',
  'pointerDown',
  'pointerUp',
  'touchEnd',
  'gestureTap',
]);

export interface GestureTracker {
  /** Records one input event by its type. */
  note(inputType: string): void;
  /** True once per gesture, within its lifetime: one click opens one link. */
  consume(): boolean;
}

export function createGestureTracker(now: () => number = Date.now): GestureTracker {
  let lastGesture = Number.NEGATIVE_INFINITY;
  return {
    note(inputType) {
      if (ACTIVATING_INPUT.has(inputType)) lastGesture = now();
    },
    consume() {
      const fresh = now() - lastGesture <= GESTURE_LIFETIME_MS;
      lastGesture = Number.NEGATIVE_INFINITY;
      return fresh;
    },
  };
}

type InputSource = Pick<WebContents, 'on'>;
const trackers = new WeakMap<InputSource, GestureTracker>();

/** The tracker of one web contents, listening to its input from the first call on. */
export function gesturesOf(contents: InputSource, now?: () => number): GestureTracker {
  let tracker = trackers.get(contents);
  if (!tracker) {
    const created = createGestureTracker(now);
    contents.on('input-event', (_event, input) => created.note(input.type));
    trackers.set(contents, created);
    tracker = created;
  }
  return tracker;
}
