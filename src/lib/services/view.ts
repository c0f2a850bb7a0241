// The shape of one service body as its card and structured data render it, in one language. Built by
// src/data/services.ts (serviceViews); declared here so components can name it without importing route data.
import type { ServiceRecord } from '../schemas/service.ts';

export interface ServiceSummary {
  slug: string;
  name: string;
  summary: string;
  record: { data: ServiceRecord };
}
