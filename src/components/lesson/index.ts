/**
 * The one place lessons import components from: `import { Callout } from '@lesson';`
 * (alias in tsconfig.json paths and astro.config.mjs). Add lesson components here.
 */
export { default as Callout } from './Callout.astro';
export { default as Stepper } from './Stepper.astro';
export { default as HeaderExplorer } from './HeaderExplorer.astro';
export { default as Quiz } from './Quiz.astro';
export { default as TraceDiagram } from './TraceDiagram.astro';
export { default as StatusCodes } from './StatusCodes.astro';
