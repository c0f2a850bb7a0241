// The kinds of content the search can filter by (set per page in BaseLayout's searchType).
export const SEARCH_TYPES = ['plan', 'target', 'service', 'guide', 'progress', 'other'] as const;
