// The shape of one target as pages and components render it: the record, the figures published for it and
// its status. Built by src/data/targets.ts (targetViews); declared here so components can name it without
// importing route data.
import type { Source } from '../schemas/common.ts';
import type { TargetRecord } from '../schemas/target.ts';
import type { TargetStatus } from './status.ts';

export interface PublishedFigure {
  value: number;
  asOf: string;
  snapshot: string;
  sources: Source[];
}

export interface TargetView {
  /** The target's content entry: its id (the page slug) and its validated front matter. */
  entry: { id: string; data: TargetRecord };
  figures: PublishedFigure[];
  latest?: PublishedFigure;
  status: TargetStatus;
}
