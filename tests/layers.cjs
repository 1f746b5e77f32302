/**
 * The layers of src/, held by dependency-cruiser (run by `npm test`, scripts/test.sh):
 *   npx depcruise --config tests/layers.cjs src
 * Each folder may import only the folders listed for it, so every import points down:
 *   core ← quiz, lab ← lessons ← stores ← islands ← components, layouts, pages (anything)
 * with i18n (dictionaries and formatting) beside quiz, and plugins (build time) beside stores.
 * "(types)": only `import type`, which leaves nothing in the built JavaScript.
 * .astro files are not parsed (they are all in components/, layouts/ and pages/, which may import anything).
 */
/** Folder → the folders of src/ it may import, and those it may import types from only. */
const LAYERS = {
  core: { imports: [] },
  quiz: { imports: ['core'] },
  lab: { imports: ['core'] },
  i18n: { imports: [], types: ['core'] },
  lessons: { imports: ['core', 'quiz', 'lab', 'i18n'] },
  stores: { imports: ['core', 'quiz', 'lab', 'i18n'], types: ['lessons'] },
  runtime: { imports: ['core', 'quiz', 'lab', 'i18n'], types: ['lessons'] },
  islands: { imports: ['core', 'quiz', 'lab', 'i18n', 'stores', 'runtime'], types: ['lessons'] },
  plugins: { imports: ['core', 'quiz', 'lab', 'i18n', 'lessons'] },
};

const folders = (names) => `^src/(${names.join('|')})/`;

const layerRules = Object.entries(LAYERS).flatMap(([layer, { imports, types = [] }]) => [
  {
    name: `${layer}-imports-only-below`,
    comment: `src/${layer}/ may import ${[...imports, ...types.map((t) => `${t} (types)`)].join(', ') || 'nothing of src/'}`,
    severity: 'error',
    from: { path: `^src/${layer}/` },
    to: { path: '^src/', pathNot: [`^src/${layer}/`, ...(imports.length + types.length > 0 ? [folders([...imports, ...types])] : [])] },
  },
  ...(types.length > 0
    ? [
        {
          name: `${layer}-imports-types-only`,
          comment: `src/${layer}/ may import only types from ${types.join(', ')}`,
          severity: 'error',
          from: { path: `^src/${layer}/` },
          to: { path: folders(types), dependencyTypesNot: ['type-only'] },
        },
      ]
    : []),
]);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'src-never-imports-scripts',
      comment: 'scripts/ are tools that run beside the site; the site never depends on them',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^scripts/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Astro's virtual modules (astro:content, astro:middleware) resolve only inside Astro.
    exclude: { path: '^(node_modules|dist)/' },
  },
};
