// English half of the search section (see ./search.ts).
export const en = {
  'search.open': 'Search',
  'search.title': 'Search the course',
  'search.label': 'Words to look for',
  'search.close': 'Close search',
  'search.results': 'Pages that match',
  'search.loading': 'Searching…',
  'search.none': 'No page matches “{query}”.',
  'search.one': 'One page matches “{query}”.',
  'search.many': '{count} pages match “{query}”.',
  'search.failed': 'Search could not load. Check your connection and try again.',
} as const;
