import { splitNameEnding } from './nameEnding.ts';

/**
 * A document's name on one line, a long one cut in the middle so that its ending shows
 * (nameEnding.ts): the document list and the transcript's title, where interviews of one
 * study read alike when cut at the end.
 */
export function NameWithEnding({ name, className }: { readonly name: string; readonly className: string }) {
  const { head, ending } = splitNameEnding(name);
  return (
    <span className={`name-with-ending ${className}`}>
      <span className="name-with-ending__head">{head}</span>
      {ending !== '' && <span className="name-with-ending__ending">{ending}</span>}
    </span>
  );
}
