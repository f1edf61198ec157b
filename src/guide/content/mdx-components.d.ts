/**
 * The components guide content may use, for editors: the MDX language server (VS Code's MDX extension)
 * reads this global type to check and complete them. The build checks them itself, with file and line
 * (plugins/remark-comparison.ts); this only brings the same help into the editor. The list components come
 * from the registry (components.ts), with their descriptions.
 */
import type { listComponents } from './components.ts';

declare global {
  type MDXProvidedComponents = {
    /** A category's side-by-side comparison: one <Side> for each service, in the order of guide.yaml. */
    Comparison: (props: { children: unknown }) => unknown;
    /** One service's side of the comparison. `service` is the service's id in guide.yaml, such as "cloudtrail". */
    Side: (props: { service: string; children: unknown }) => unknown;
  } & { [Name in keyof typeof listComponents]: () => unknown };
}

export {};
