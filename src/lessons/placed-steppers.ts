/**
 * The steppers a lesson's MDX places, in document order, read from its source with the MDX parser
 * the site builds with. Each <Stepper> on a page then knows the page's others, so the page's runs
 * go out as one data file: one request for all of them, and gzip finds what runs have in common
 * (two steppers of one lesson often share their opening and their closing).
 *
 * Only what decides a stepper's runs is read: `scenario`, `params` and `profiles`. Their values
 * are literals (a string, or an expression of objects, arrays, strings, numbers, booleans and
 * null); anything else is an error that names the attribute.
 */
import { parseExpressionAt, type Expression } from 'acorn';
import { mdxToMdast } from 'satteri';
import type { StepperInput } from './stepper-build.ts';

interface JsxAttribute {
  readonly type: string;
  readonly name?: string;
  readonly value?: string | { readonly type: string; readonly value: string } | null;
}
interface MdxNode {
  readonly type: string;
  readonly name?: string | null;
  readonly attributes?: readonly JsxAttribute[];
  readonly children?: readonly MdxNode[];
}

const READ = ['scenario', 'params', 'profiles'] as const;

export function steppersPlacedIn(mdx: string): StepperInput[] {
  const placed: StepperInput[] = [];
  const visit = (node: MdxNode): void => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Stepper') placed.push(inputOf(node));
    for (const child of node.children ?? []) visit(child);
  };
  visit(mdxToMdast(mdx, { position: false }) as MdxNode);
  return placed;
}

function inputOf(element: MdxNode): StepperInput {
  const input: Record<string, unknown> = {};
  for (const attribute of element.attributes ?? []) {
    const name = attribute.name;
    if (attribute.type !== 'mdxJsxAttribute' || !READ.includes(name as (typeof READ)[number])) continue;
    const { value } = attribute;
    input[name as string] = typeof value === 'string' ? value : value ? literal(parseExpressionAt(value.value, 0, { ecmaVersion: 'latest' }), name as string) : true;
  }
  if (typeof input.scenario !== 'string') throw new Error('<Stepper> without a scenario="…"');
  return input as unknown as StepperInput;
}

/** The value of a literal expression: what a JSON file could hold, written as JavaScript. */
function literal(node: Expression, attribute: string): unknown {
  switch (node.type) {
    case 'Literal':
      if (node.value instanceof RegExp || typeof node.value === 'bigint') break;
      return node.value;
    case 'UnaryExpression':
      if (node.operator === '-' && node.argument.type === 'Literal' && typeof node.argument.value === 'number') return -node.argument.value;
      break;
    case 'ArrayExpression':
      return node.elements.map((element) => {
        if (!element || element.type === 'SpreadElement') throw new Error(`<Stepper ${attribute}={…}>: a literal array, without holes or spreads`);
        return literal(element, attribute);
      });
    case 'ObjectExpression':
      return Object.fromEntries(
        node.properties.map((property) => {
          if (property.type !== 'Property' || property.computed || property.kind !== 'init') throw new Error(`<Stepper ${attribute}={…}>: plain properties only`);
          const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? String(property.key.value) : undefined;
          if (key === undefined) throw new Error(`<Stepper ${attribute}={…}>: a property name that is a name or a string`);
          return [key, literal(property.value as Expression, attribute)];
        }),
      );
  }
  throw new Error(`<Stepper ${attribute}={…}>: only literal values can be read at build time (found ${node.type})`);
}
