/** Written by the integration (src/integration.ts): every image file of the guides, by absolute path. */
declare module 'virtual:guidepost/images' {
  const images: Record<string, () => Promise<{ default: import('astro').ImageMetadata }>>;
  export default images;
}

/** Written by the integration (src/code-colors-plugin.ts): the code colours of both themes. */
declare module 'virtual:guidepost/code-colors.css';
