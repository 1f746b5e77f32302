// A min-heap of timed items with a stable tiebreak: items due at the same time come out in the
// order they were pushed, which is what makes a simulation run reproducible.

interface Entry<T> {
  readonly t: number;
  readonly order: number;
  readonly item: T;
}

export class EventQueue<T> {
  #heap: Entry<T>[] = [];
  #pushed = 0;

  get size(): number {
    return this.#heap.length;
  }

  push(t: number, item: T): void {
    const heap = this.#heap;
    heap.push({ t, order: this.#pushed++, item });
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i] as Entry<T>, heap[parent] as Entry<T>)) break;
      swap(heap, i, parent);
      i = parent;
    }
  }

  /** Time of the next item, or undefined when empty. */
  peekTime(): number | undefined {
    return this.#heap[0]?.t;
  }

  pop(): { t: number; item: T } | undefined {
    const heap = this.#heap;
    const top = heap[0];
    if (!top) return undefined;
    const last = heap.pop() as Entry<T>;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && before(heap[l] as Entry<T>, heap[m] as Entry<T>)) m = l;
        if (r < heap.length && before(heap[r] as Entry<T>, heap[m] as Entry<T>)) m = r;
        if (m === i) break;
        swap(heap, i, m);
        i = m;
      }
    }
    return { t: top.t, item: top.item };
  }
}

function before<T>(a: Entry<T>, b: Entry<T>): boolean {
  return a.t < b.t || (a.t === b.t && a.order < b.order);
}

function swap<T>(heap: Entry<T>[], i: number, j: number): void {
  const x = heap[i] as Entry<T>;
  heap[i] = heap[j] as Entry<T>;
  heap[j] = x;
}
