import { browserHelp, findChromium } from '../../scripts/browser.ts'

// Once before the browser suites start: the bundled Chromium is unpacked here,
// not by each test file at once, and a machine with no browser at all fails
// with the help text instead of in every beforeAll.
export default async function locateChromium(): Promise<void> {
  if (!await findChromium())
    throw new Error(browserHelp())
}
