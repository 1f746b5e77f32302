/**
 * An inline script as a page ships it. The few scripts that must be inline (they run before the
 * first paint, or on pages that load no script file) are written to be read, in their own files
 * with their comments; the build minifies them with esbuild (Astro's own bundler dependency), so
 * readers' bytes are not the price of readable source. Build time only.
 */
import { transformSync } from 'esbuild';

const minified = new Map<string, string>();

/** `source` minified, for `<script is:inline set:html={…} />`. */
export function inlineScript(source: string): string {
  let code = minified.get(source);
  if (code === undefined) {
    // A classic script, not a module: each file keeps its names in its own function scope.
    code = transformSync(source, { minify: true, target: 'es2022', legalComments: 'none', charset: 'utf8' }).code.trim();
    if (code.includes('</script')) throw new Error('an inline script may not contain "</script"');
    minified.set(source, code);
  }
  return code;
}
