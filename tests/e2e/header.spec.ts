/**
 * The header explorer island, in both languages, on every built lesson page that has one:
 * control bits switch the bits, the flags byte (binary and hex) and the header bytes, with a
 * checksum that still verifies; loading another segment changes the fields; it all works from
 * the keyboard, arrow keys moving between fields as drawn; hovering or focusing a field explains it; axe finds nothing with the explorer in
 * use, light and dark; without JavaScript the header table is still there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { bytesOfHex, checksumContextOf, checksumVerifies, toHex } from '../../src/core/header.ts';
import { headerNotesEn } from '../../src/i18n/sections/header-notes.en.ts';
import { headerNotesZh } from '../../src/i18n/sections/header-notes.zh.ts';
import { headerUiStrings } from '../../src/i18n/sections/header.ts';
import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { builtPages, DIST, type Lang } from './site.ts';

const EXPLORER = '[data-testid="header-explorer"]';
const NOTES = { en: headerNotesEn, zh: headerNotesZh };

/** The first built page of each language whose HTML contains a header explorer. */
function explorerPage(lang: Lang) {
  return builtPages().find(
    (page) => page.lang === lang && readFileSync(join(DIST, page.route, 'index.html'), 'utf8').includes('data-testid="header-explorer"'),
  );
}

/** Opens the page, scrolls the explorer into view and waits until it has hydrated. */
async function openExplorer(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  const explorer = page.locator(EXPLORER).first();
  await explorer.scrollIntoViewIfNeeded();
  await expect(page.locator(`astro-island:not([ssr]) ${EXPLORER}`).first()).toBeVisible();
  // Its controls are drawn once it has hydrated (before that the fields are plain boxes).
  await expect(explorer).toHaveAttribute('data-live', 'true');
  return explorer;
}

const bytesOf = async (explorer: Locator): Promise<string[]> =>
  ((await explorer.getByTestId('header-bytes').textContent()) ?? '').trim().split(/\s+/);

async function expectChecksumVerifies(explorer: Locator, from: 'client' | 'server', len = 0): Promise<void> {
  const header = bytesOfHex((await bytesOf(explorer)).join(''));
  expect(checksumVerifies(header, checksumContextOf(from, len)), 'the shown checksum verifies').toBe(true);
}

for (const lang of ['en', 'zh'] as const) {
  const strings = headerUiStrings[lang];
  const notes = NOTES[lang];
  const sitePage = explorerPage(lang);

  test.describe(`header explorer (${lang})`, () => {
    test('a lesson page has one', () => {
      expect(sitePage, `a built ${lang} page containing <HeaderExplorer>`).toBeDefined();
    });
    if (!sitePage) return;

    test('toggling a control bit changes the bits, the flags byte and the header bytes', async ({ page }) => {
      const explorer = await openExplorer(page, sitePage.url);
      const binary = explorer.getByTestId('header-flags-binary');
      const hex = explorer.getByTestId('header-flags-hex');
      // The first segment of the opening is the client's SYN.
      await expect(binary).toHaveText('00000010');
      await expect(hex).toHaveText('0x02');
      const before = await bytesOf(explorer);
      expect(before[13]).toBe('02');

      const ack = explorer.locator('[data-flag="ACK"]');
      await expect(ack).toHaveAttribute('aria-pressed', 'false');
      await ack.click();
      await expect(ack).toHaveAttribute('aria-pressed', 'true');
      await expect(binary).toHaveText('00010010');
      await expect(hex).toHaveText('0x12');
      await expect(explorer.locator('[data-field="ACK"] .hx-value')).toHaveText('1');
      const after = await bytesOf(explorer);
      expect(after[13]).toBe('12');
      // Only the flags byte and the checksum (bytes 16-17) differ.
      const changed = after.flatMap((byte, i) => (byte === before[i] ? [] : [i]));
      expect(changed.filter((i) => i !== 16 && i !== 17)).toEqual([13]);
      const checksum = explorer.locator('[data-field="checksum"] .hx-value');
      await expect(checksum).toHaveText(toHex(parseInt(after[16]! + after[17]!, 16), 4));
      await expectChecksumVerifies(explorer, 'client');

      await explorer.locator('[data-flag="CWR"]').click();
      await expect(binary).toHaveText('10010010');
      await expect(hex).toHaveText('0x92');
      await ack.click();
      await explorer.locator('[data-flag="CWR"]').click();
      await expect(hex).toHaveText('0x02');
      expect(await bytesOf(explorer)).toEqual(before);
    });

    test('an odd flag set gets a note on what a receiver does with it', async ({ page }) => {
      const explorer = await openExplorer(page, sitePage.url);
      await expect(explorer.getByTestId('header-note')).toContainText(strings['header.hint']);
      const odd = explorer.getByTestId('header-odd');
      // From the keyboard: hovering a flag changes the note above the buttons, which moves them.
      const flag = (bit: string) => explorer.locator(`[data-flag="${bit}"]`).press('Space');
      await expect(odd).toBeEmpty();
      // From the SYN: each press, then the note it leads to (null: an ordinary segment).
      const presses = [
        ['FIN', 'syn_fin'],
        ['RST', 'syn_rst'],
        ['SYN', 'rst_fin'],
        ['RST', 'no_ack'],
        ['FIN', 'no_ack'],
        ['ACK', null],
        ['SYN', null],
      ] as const;
      for (const [bit, note] of presses) {
        await flag(bit);
        if (note) await expect(odd, `${bit} → ${note}`).toHaveText(notes[`header.note.odd.${note}`]);
        else await expect(odd, `${bit} → ordinary`).toBeEmpty();
      }
    });

    test('says plainly which options the drawn headers leave out, with or without JavaScript', async ({ page }) => {
      const explorer = await openExplorer(page, sitePage.url);
      const options = explorer.getByTestId('header-options');
      await expect(options).toHaveText(strings['header.synOptions']);
      await explorer.getByTestId('header-segment').selectOption({ index: 1 });
      await expect(options).toHaveText(strings['header.synOptions']);
    });

    test('loading another segment changes the fields', async ({ page }) => {
      const explorer = await openExplorer(page, sitePage.url);
      const select = explorer.getByTestId('header-segment');
      const options = await select.locator('option').allTextContents();
      expect(options.length).toBeGreaterThanOrEqual(3);
      expect(options[0]).toContain(`${strings['header.client']} → ${strings['header.server']} SYN seq=`);
      expect(options[1]).toContain(`${strings['header.server']} → ${strings['header.client']} SYN+ACK`);

      const value = (field: string) => explorer.locator(`[data-field="${field}"] .hx-value`);
      await expect(value('sourcePort')).toHaveText('40000');
      const clientIsn = Number(await value('sequenceNumber').textContent());
      await select.selectOption({ index: 1 });
      await expect(value('sourcePort')).toHaveText('5000');
      await expect(value('destinationPort')).toHaveText('40000');
      // The SYN took one sequence number: the server acknowledges ISN + 1.
      await expect(value('acknowledgmentNumber')).toHaveText(String((clientIsn + 1) % 2 ** 32));
      await expect(explorer.getByTestId('header-flags-hex')).toHaveText('0x12');
      await expect(explorer.locator('[data-flag="SYN"]')).toHaveAttribute('aria-pressed', 'true');
      await expect(explorer.locator('[data-flag="ACK"]')).toHaveAttribute('aria-pressed', 'true');
      await expectChecksumVerifies(explorer, 'server');

      await select.selectOption({ index: 2 });
      await expect(explorer.getByTestId('header-flags-hex')).toHaveText('0x10');
      await expect(explorer.locator('[data-flag="SYN"]')).toHaveAttribute('aria-pressed', 'false');
    });

    test('works from the keyboard alone', async ({ page }) => {
      const explorer = await openExplorer(page, sitePage.url);
      const select = explorer.getByTestId('header-segment');
      await page.locator('body').focus();
      for (let i = 0; i < 150 && !(await select.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      await expect(select).toBeFocused();

      await page.keyboard.press('ArrowDown');
      await expect(select).toHaveValue('1');
      await expect(explorer.locator('[data-field="sourcePort"] .hx-value')).toHaveText('5000');

      await page.keyboard.press('Tab');
      await expect(explorer.locator('[data-field="sourcePort"]')).toBeFocused();
      await expect(explorer.getByTestId('header-note')).toContainText(notes['header.note.sourcePort']);

      // Past the other eight field buttons and CWR, ECE, URG to ACK: Space switches it off.
      for (let i = 0; i < 8 + 4; i++) await page.keyboard.press('Tab');
      const ack = explorer.locator('[data-flag="ACK"]');
      await expect(ack).toBeFocused();
      await expect(explorer.getByTestId('header-note')).toContainText(notes['header.note.ACK']);
      await page.keyboard.press('Space');
      await expect(ack).toHaveAttribute('aria-pressed', 'false');
      await expect(explorer.getByTestId('header-flags-hex')).toHaveText('0x02');
      await page.keyboard.press('Enter');
      await expect(ack).toHaveAttribute('aria-pressed', 'true');
      await expect(explorer.getByTestId('header-flags-hex')).toHaveText('0x12');
    });

    test('arrow keys move between the fields as they are drawn', async ({ page }) => {
      const explorer = await openExplorer(page, sitePage.url);
      const field = (id: string) => explorer.locator(`[data-field="${id}"]`);
      await field('sourcePort').focus();
      // Each press: the key, then the field it lands on (a 32-bit row per line of RFC 9293 Figure 1).
      const moves = [
        ['ArrowUp', 'sourcePort'], // nothing above the first row
        ['ArrowLeft', 'sourcePort'], // nor before the first field
        ['ArrowRight', 'destinationPort'],
        ['ArrowDown', 'sequenceNumber'],
        ['ArrowDown', 'acknowledgmentNumber'],
        ['ArrowDown', 'dataOffset'],
        ['ArrowRight', 'reserved'],
        ['ArrowRight', 'window'], // the control bits are the buttons below the grid
        ['ArrowDown', 'urgentPointer'],
        ['ArrowLeft', 'checksum'],
        ['ArrowUp', 'dataOffset'],
        ['ArrowUp', 'acknowledgmentNumber'],
      ] as const;
      for (const [key, id] of moves) {
        await page.keyboard.press(key);
        await expect(field(id), `${key} → ${id}`).toBeFocused();
      }
      await expect(explorer.getByTestId('header-note')).toContainText(notes['header.note.acknowledgmentNumber']);
    });

    test('focusing or hovering a field shows its explanation', async ({ page }) => {
      const explorer = await openExplorer(page, sitePage.url);
      const note = explorer.getByTestId('header-note');
      await expect(note).toContainText(strings['header.hint']);
      const fields = explorer.locator('button[data-field]');
      expect(await fields.count()).toBe(9);
      for (const field of await fields.all()) {
        const id = (await field.getAttribute('data-field'))!;
        await field.focus();
        await expect(note).toContainText(strings[`header.name.${id}` as keyof typeof strings]);
        await expect(note).toContainText(notes[`header.note.${id}` as keyof typeof notes]);
        // The note is the focused field's accessible description too.
        await expect(field).toHaveAccessibleDescription(new RegExp(notes[`header.note.${id}` as keyof typeof notes].slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      }
      await explorer.locator('[data-field="FIN"]').hover();
      await expect(note).toContainText(notes['header.note.FIN']);
      await explorer.locator('[data-field="window"]').hover();
      await expect(note).toContainText(notes['header.note.window']);
    });

    for (const theme of ['light', 'dark'] as const) {
      test(`axe finds no violations with the explorer in use (${theme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: theme });
        const explorer = await openExplorer(page, sitePage.url);
        await explorer.locator('[data-flag="ACK"]').click();
        await explorer.locator('[data-field="sequenceNumber"]').focus();
        await expect(explorer.getByTestId('header-note')).toContainText(notes['header.note.sequenceNumber']);
        for (const width of [1440, 360]) {
          await page.setViewportSize({ width, height: 900 });
          expect(await axeViolations(page, EXPLORER), `at ${width} px`).toEqual([]);
          expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 'no sideways page scroll').toBe(0);
        }
      });
    }

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });
      test('the header table of the first segment is shown', async ({ page }) => {
        await page.goto(sitePage.url);
        const explorer = page.locator(EXPLORER).first();
        await expect(explorer).toBeVisible();
        await expect(explorer.locator('[data-field="sourcePort"]')).toContainText(strings['header.name.sourcePort']);
        await expect(explorer.locator('[data-field="sourcePort"] .hx-value')).toHaveText('40000');
        await expect(explorer.locator('[data-field="SYN"] .hx-value')).toHaveText('1');
        await expect(explorer.getByTestId('header-flags-binary')).toHaveText('00000010');
        expect(await bytesOf(explorer)).toHaveLength(20);
        await expect(explorer.getByTestId('header-note')).toHaveText(strings['header.noscript']);
      });

      test('nothing is drawn as a control: the segment shown and the bits set are text', async ({ page }) => {
        await page.goto(sitePage.url);
        const explorer = page.locator(EXPLORER).first();
        await expect(explorer.locator('button, select, input, [tabindex]'), 'no flag buttons, segment picker or focusable fields').toHaveCount(0);
        await expect(explorer.getByRole('button')).toHaveCount(0);
        await expect(explorer.getByRole('combobox')).toHaveCount(0);
        await expect(explorer.getByTestId('header-segment-shown')).toHaveText(
          strings['header.segmentShown'].replace('{label}', `1. ${strings['header.client']} → ${strings['header.server']} SYN seq=100`),
        );
        await expect(explorer.getByTestId('header-bits-set')).toHaveText(strings['header.bitsSet'].replace('{flags}', 'SYN'));
        await expect(explorer).toHaveAttribute('data-live', 'false');
      });
    });
  });
}
