// Text as a CSS string ("…"), for the stylesheets made at build time (running foot, link addresses).

/** A CSS string: quotes and backslashes escaped, nothing else needs it. */
export const cssString = (text: string): string => `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
