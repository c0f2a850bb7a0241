// Derives the config a test starts from a committed one by exact replacements: each piece must be in the file
// exactly once, so an edit to the committed config that the test no longer matches fails loudly instead of
// leaving, say, the real certificate path or port 443 in the test's copy.

/** The host name the committed configs serve; the IT team replaces it, the tests keep it. */
export const SERVER_NAME = 'example.gov.cn';

export type Replacement = [from: string, to: string];

export function derive(text: string, file: string, replacements: Replacement[]): string {
  return replacements.reduce((derived, [from, to]) => {
    const times = derived.split(from).length - 1;
    if (times !== 1) {
      throw new Error(`${file}: expected \`${from}\` once, found it ${times} times; update tests/support/servers`);
    }
    return derived.replace(from, () => to);
  }, text);
}
