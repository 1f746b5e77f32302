/**
 * The budget table: the figures budget.spec.ts measures, one row per page, printed once all tests
 * have run (a Playwright reporter, so the table is whole however the tests were spread over workers).
 * Tests add figures with recordBudget(); a row may get them from several tests (a page's warm
 * figure comes from the test of the lesson before it).
 */
import { test } from '@playwright/test';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export interface BudgetFigures {
  /** The page's route below the base path. */
  page: string;
  /** gzip bytes of the HTML up to the second section heading. */
  firstScreen?: number;
  /** gzip bytes of the whole HTML. */
  html?: number;
  /** gzip bytes of every script and JSON file fetched, empty cache. */
  jsCold?: number;
  /** gzip bytes of those not fetched by the lesson before in course order. */
  jsWarm?: number;
  /** gzip bytes of the script and JSON that opening search and searching once fetch. */
  searchJs?: number;
  /** gzip bytes of everything else that fetches: Pagefind's WebAssembly and index files. */
  searchData?: number;
}

const ANNOTATION = 'budget';

/** Adds figures to the table (from inside a test). */
export function recordBudget(figures: BudgetFigures): void {
  test.info().annotations.push({ type: ANNOTATION, description: JSON.stringify(figures) });
}

const kb = (bytes: number | undefined): string => (bytes === undefined ? '–' : (bytes / 1024).toFixed(1));

export default class BudgetReporter implements Reporter {
  private readonly rows = new Map<string, BudgetFigures>();

  printsToStdio(): boolean {
    return false;
  }

  onTestEnd(_test: TestCase, result: TestResult): void {
    for (const annotation of result.annotations) {
      if (annotation.type !== ANNOTATION || !annotation.description) continue;
      const figures = JSON.parse(annotation.description) as BudgetFigures;
      this.rows.set(figures.page, { ...this.rows.get(figures.page), ...figures });
    }
  }

  onEnd(_result: FullResult): void {
    if (this.rows.size === 0) return;
    const header = ['page', 'HTML first screen', 'HTML whole', 'JS cold', 'JS warm', 'search JS', 'search data'];
    const body = [...this.rows.values()]
      .sort((a, b) => a.page.localeCompare(b.page))
      .map((row) => [`/${row.page}`, kb(row.firstScreen), kb(row.html), kb(row.jsCold), kb(row.jsWarm), kb(row.searchJs), kb(row.searchData)]);
    const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
    const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
    console.log(
      [
        '',
        'Budget, KB gzip (first screen ≤ 13.5, whole HTML ≤ 24, JS cold ≤ 35, JS warm ≤ 8, search JS ≤ 25; search data has no limit):',
        line(header),
        ...body.map(line),
      ].join('\n'),
    );
  }
}
