/**
 * The components guide content may use, for editors: the MDX language server (VS Code's MDX extension)
 * reads this global type to check and complete them. The build checks them itself, with file and line
 * (src/guide/content/document.ts); this only brings the same help into the editor.
 */
declare global {
  type MDXProvidedComponents = {
    /** A category's side-by-side comparison: one <Side> for each service, in the order of guide.yaml. */
    Comparison: (props: { children: unknown }) => unknown;
    /** One service's side of the comparison. `service` is the service's id in guide.yaml, such as "cloudtrail". */
    Side: (props: { service: string; children: unknown }) => unknown;
    /** In introduction.mdx: the concerns listed in guide.yaml. */
    ConcernList: () => unknown;
    /** In introduction.mdx: the services of guide.yaml, with their summaries and key features. */
    ServiceList: () => unknown;
  };
}

export {};
