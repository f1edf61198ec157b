/** Written by the integration (src/integration.ts): every image file of the guides, by absolute path. */
declare module 'virtual:guidepost/images' {
  const images: Record<string, () => Promise<{ default: import('astro').ImageMetadata }>>;
  export default images;
}

