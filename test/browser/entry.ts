// The browser bundle of the browser tests: lantian from src, as a global for the page's scripts.
import * as lantian from '../../src/index.js';

(globalThis as unknown as { lantian: typeof lantian }).lantian = lantian;
