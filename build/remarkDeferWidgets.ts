/**
 * Wraps every `<…Widget />` of a lesson's MDX in `<DeferredWidget>`, so a widget far down
 * the page mounts when the reader approaches it (or when the page is idle) instead of in the
 * first task. Measured with Lighthouse's mobile run (4× CPU slowdown) on the 2-core VM:
 * sigmoid-in-hardware spent 5 s in long tasks mounting and computing all its widgets at
 * once, softmax-temperature 1.2 s. The widgets are named `*Widget` by convention
 * (docs/lessons.md); an MDX file holding none gets no import.
 */
import { fileURLToPath } from 'node:url';

interface MdNode {
  type: string;
  name?: string | null;
  children?: MdNode[];
  [key: string]: unknown;
}

const COMPONENT = 'DeferredWidget';
const SOURCE = fileURLToPath(new URL('../src/components/DeferredWidget.tsx', import.meta.url));

const isWidget = (n: MdNode) => n.type === 'mdxJsxFlowElement' && typeof n.name === 'string' && /^[A-Z]\w*Widget$/.test(n.name);

function wrap(node: MdNode): number {
  let count = 0;
  const kids = node.children;
  if (!kids) return 0;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (isWidget(k)) {
      kids[i] = { type: 'mdxJsxFlowElement', name: COMPONENT, attributes: [], children: [k] };
      count++;
    } else count += wrap(k);
  }
  return count;
}

/** The ESM node MDX expects for `import { DeferredWidget } from '<SOURCE>'` (its estree is what MDX compiles). */
function importNode(): MdNode {
  const id = { type: 'Identifier', name: COMPONENT };
  return {
    type: 'mdxjsEsm',
    value: `import { ${COMPONENT} } from ${JSON.stringify(SOURCE)}`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{ type: 'ImportSpecifier', imported: id, local: { ...id } }],
            source: { type: 'Literal', value: SOURCE, raw: JSON.stringify(SOURCE) },
            attributes: [],
          },
        ],
      },
    },
  };
}

export function remarkDeferWidgets() {
  return (tree: MdNode) => {
    if (wrap(tree) > 0) tree.children?.unshift(importNode());
  };
}
