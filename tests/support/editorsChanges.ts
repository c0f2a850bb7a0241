// What the editor does in the copy that npm test builds under /ip-site/ (see editorsCopy.ts), shared with
// the tests that look for the result.
export const EDITORS_CHANGES = {
  snapshot: {
    slug: '2026-11-20-editor-test',
    fields: {
      slug: 'editor-test',
      'title-zh': '编辑测试记录',
      'title-en': 'Editor test record',
      'source-title': '测试来源',
      'source-title-en': 'Test source',
      'source-publisher': '测试',
      'source-publisher-en': 'Test',
      'source-date': '2026-01-01',
      today: '2026-11-20',
    },
  },
  /** Made-up Changzhou figures for a target, which the editor adds to the snapshot's figures (test build only). */
  snapshotFigures: 'tests/fixtures/charts/target-figures.json',
  /** A service whose Chinese page changes while its English page does not. */
  staleService: 'trademark-window',
  /** A service left alone, whose English page must not be flagged. */
  untouchedService: 'brand-guidance-station',
} as const;
