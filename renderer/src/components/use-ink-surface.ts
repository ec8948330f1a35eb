// A surface a finger draws on (the signature pad, the 手写 pad) keeps its touches from the browser's
// gesture recogniser. Otherwise a stroke that ends in a flick (a 钩, a 撇) is read as a fling, and
// Chromium swallows the next tap as the one that stops the fling: the litigant taps the character
// she wrote, or 提交, and nothing happens (issue 14 item 4). Pointer events, which draw, still come.
import { useEffect, type RefObject } from 'react';

const holdTouch = (event: TouchEvent) => event.preventDefault();

export function useInkSurface(surface: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = surface.current;
    if (!element) return;
    // React's touch listeners are passive; only a non-passive one may cancel the gesture.
    element.addEventListener('touchstart', holdTouch, { passive: false });
    element.addEventListener('touchmove', holdTouch, { passive: false });
    return () => {
      element.removeEventListener('touchstart', holdTouch);
      element.removeEventListener('touchmove', holdTouch);
    };
  }, [surface]);
}
