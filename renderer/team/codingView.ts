/** Which codings the transcript shows. */
export type CodingViewChoice =
  | { readonly view: 'all' }
  | { readonly view: 'mine' }
  | { readonly view: 'coder'; readonly coder: string }
  | { readonly view: 'differ' };

/** The select's value for a choice, and back ("coder:Léa" carries the name). */
export function viewValue(choice: CodingViewChoice): string {
  return choice.view === 'coder' ? `coder:${choice.coder}` : choice.view;
}

export function parseViewValue(value: string): CodingViewChoice {
  if (value.startsWith('coder:')) return { view: 'coder', coder: value.slice('coder:'.length) };
  if (value === 'mine' || value === 'differ') return { view: value };
  return { view: 'all' };
}
