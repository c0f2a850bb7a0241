// Splits text around the 12330 hotline number so pages can make every mention of it tap-to-call.
// 12330 is the national IP rights-protection assistance and complaint hotline (content/services/zh/hotline-12330.md).
const HOTLINE = '12330';

export type TelPart = { text: string; tel?: string };

export function telParts(text: string): TelPart[] {
  return text
    .split(new RegExp(`(?<!\\d)(${HOTLINE})(?!\\d)`))
    .filter(Boolean)
    .map((part) => (part === HOTLINE ? { text: part, tel: `tel:${HOTLINE}` } : { text: part }));
}
