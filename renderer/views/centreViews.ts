/** The centre views, in tab order (a module of its own so that tests can list them). */
export const CENTRE_VIEWS = [
  'transcript',
  'cases',
  'heatmap',
  'matrices',
  'search',
  'agreement',
  'query',
  'words',
  'network',
  'comparison',
  'summaryGrid',
] as const;
export type CentreView = (typeof CENTRE_VIEWS)[number];
