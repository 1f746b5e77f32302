/**
 * Marks the lab levels solved on this device in the list it wraps (links with `data-lab-level`):
 * a ✓ the screen reader skips plus words it reads. The list itself is the page's markup, so it is
 * all there without JavaScript.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $progress } from '../stores/progress.ts';

const MARK = 'data-solved-mark';
// Visually hidden but read: the usual clip pattern, inline so it needs no stylesheet.
const HIDDEN = 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap';

export default function LabMarks({ solvedLabel, children }: { solvedLabel: string; children?: ComponentChildren }) {
  const progress = useStore($progress);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    for (const link of box.current?.querySelectorAll<HTMLAnchorElement>('a[data-lab-level]') ?? []) {
      const solved = Boolean(progress.lab[link.dataset.labLevel ?? '']);
      const mark = link.querySelector(`[${MARK}]`);
      if (solved && !mark) {
        const wrapper = document.createElement('span');
        wrapper.setAttribute(MARK, '');
        const tick = document.createElement('span');
        tick.setAttribute('aria-hidden', 'true');
        tick.textContent = ' ✓';
        const words = document.createElement('span');
        words.style.cssText = HIDDEN;
        words.textContent = ` ${solvedLabel}`;
        wrapper.append(tick, words);
        link.append(wrapper);
      } else if (!solved) mark?.remove();
      link.toggleAttribute('data-solved', solved);
    }
  }, [progress, solvedLabel]);
  return <div ref={box}>{children}</div>;
}
