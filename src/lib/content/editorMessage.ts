// Messages to editors are written in Chinese, then English ("日期有误 / the date is wrong"): that is the editors'
// contract (docs/editor-guide.zh.md and .en.md), whatever languages the site publishes, so a message's halves are
// named for the language they are written in, not keyed by the locale table's codes.

/** One message to editors, in Chinese and in English. */
export interface EditorMessage {
  inChinese: string;
  inEnglish: string;
}

/** The message as editors read it: Chinese, then English. */
export const editorText = ({ inChinese, inEnglish }: EditorMessage): string => `${inChinese} / ${inEnglish}`;
