import { devFormRoute } from '../forms/write.ts';

// The guide's .txt forms under `npm run dev`; a build writes them itself (src/forms/write.ts).
export const { getStaticPaths, GET } = devFormRoute('txt');
