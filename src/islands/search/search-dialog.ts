/**
 * The search dialog's behaviour. The header's search button (src/components/Search.astro) loads
 * this module the first time it is pressed and calls openSearch(); the dialog itself, its strings
 * in the page's language, is already in the page. A native modal <dialog>: focus moves into it
 * and stays there, Escape closes it, and focus goes back to the button.
 * Typing searches the page's own language (Pagefind's index for <html lang>) and lists the best
 * pages, each with the words around its matches.
 */
import { fillTemplate } from '../../i18n/template.ts';
import { loadPagefind, type Pagefind, type PagefindPage } from './pagefind.ts';
// The dialog's styles come with this script, not in every page's inline stylesheet.
import dialogStyles from './search-dialog.css?inline';

const SHOWN_RESULTS = 8;
const DEBOUNCE_MS = 150;

/** The status line's templates, from the dialog's data-status-* attributes. */
interface StatusText {
  loading: string;
  none: string;
  one: string;
  many: string;
  failed: string;
}

class SearchDialog {
  private pagefind: Promise<Pagefind> | undefined;
  private readonly dialog: HTMLDialogElement;
  private readonly bundleUrl: string;
  private readonly input: HTMLInputElement;
  private readonly results: HTMLOListElement;
  private readonly status: HTMLElement;
  private readonly text: StatusText;

  constructor(dialog: HTMLDialogElement, bundleUrl: string) {
    this.dialog = dialog;
    this.bundleUrl = bundleUrl;
    document.head.append(Object.assign(document.createElement('style'), { textContent: dialogStyles }));
    this.input = dialog.querySelector('input[type=search]')!;
    this.results = dialog.querySelector('ol')!;
    this.status = dialog.querySelector('[role=status]')!;
    const data = dialog.dataset;
    this.text = { loading: data.loading!, none: data.none!, one: data.one!, many: data.many!, failed: data.failed! };
    dialog.querySelector('form')!.addEventListener('submit', (event) => event.preventDefault());
    dialog.querySelector('[data-close]')!.addEventListener('click', () => dialog.close());
    // A click on the backdrop lands on the dialog element itself, outside its box.
    dialog.addEventListener('click', (event) => {
      const box = dialog.getBoundingClientRect();
      const outside = event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom;
      if (event.target === dialog && outside) dialog.close();
    });
    this.input.addEventListener('input', () => void this.search(this.input.value.trim()));
    // In a search field the browser's Escape first clears the text; here it closes the dialog.
    this.input.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      dialog.close();
    });
  }

  open(): void {
    this.dialog.showModal();
    this.input.focus();
    this.input.select();
    this.pagefind ??= loadPagefind(this.bundleUrl);
  }

  private async search(query: string): Promise<void> {
    if (query === '') return this.show(query, [], 0);
    this.status.textContent = this.text.loading;
    let pages: PagefindPage[];
    let total: number;
    try {
      const found = await (await this.pagefind!).debouncedSearch(query, {}, DEBOUNCE_MS);
      if (found === null) return; // a later keystroke's search replaced this one
      total = found.results.length;
      pages = await Promise.all(found.results.slice(0, SHOWN_RESULTS).map((result) => result.data()));
    } catch {
      this.pagefind = undefined; // try loading again on the next search
      this.status.textContent = this.text.failed;
      return;
    }
    if (this.input.value.trim() === query) this.show(query, pages, total);
  }

  /** Lists the pages shown; the status line says how many matched in all. */
  private show(query: string, pages: readonly PagefindPage[], total: number): void {
    this.results.replaceChildren(...pages.map(resultItem));
    const template = total === 0 ? this.text.none : total === 1 ? this.text.one : this.text.many;
    this.status.textContent = query === '' ? '' : fillTemplate(template, { count: total, query });
  }
}

function resultItem(page: PagefindPage): HTMLLIElement {
  const item = document.createElement('li');
  const link = item.appendChild(document.createElement('a'));
  link.href = page.url;
  link.textContent = page.meta.title ?? page.url;
  const excerpt = item.appendChild(document.createElement('p'));
  // Pagefind escapes the page's text and adds only <mark> around the matches.
  excerpt.innerHTML = page.excerpt;
  return item;
}

const dialogs = new WeakMap<HTMLDialogElement, SearchDialog>();

/** Opens the dialog the button controls (aria-controls), with Pagefind's bundle at its data-bundle. */
export function openSearch(opener: HTMLElement): void {
  const dialog = document.getElementById(opener.getAttribute('aria-controls') ?? '');
  if (!(dialog instanceof HTMLDialogElement)) return;
  let search = dialogs.get(dialog);
  if (!search) dialogs.set(dialog, (search = new SearchDialog(dialog, opener.dataset.bundle ?? '')));
  search.open();
}
