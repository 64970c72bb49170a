import type { Code } from '../../app/contract/index.ts';
import { CodeDefinition } from './CodeDefinition.tsx';

export interface PreviewState {
  readonly code: Code;
  readonly top: number;
  readonly left: number;
}

interface Props {
  readonly id: string;
  readonly state: PreviewState;
}

/**
 * The definition of the hovered or focused code, beside the tree. Fixed-positioned so that
 * the sidebar's scrolling box does not clip it; it ignores the pointer so it never gets in
 * the way of the transcript under it.
 */
export function CodePreview({ id, state }: Props) {
  return (
    <div
      className="code-preview"
      role="tooltip"
      style={{ top: state.top, left: state.left }}
      data-code-name={state.code.name}
    >
      <CodeDefinition id={id} code={state.code} />
    </div>
  );
}
