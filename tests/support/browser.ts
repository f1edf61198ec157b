// The tests use the same lookup as the build's PDF (src/forms/chromium.ts).
export { chromiumArgs, findChromium, systemChromium } from '../../src/forms/chromium.ts';
