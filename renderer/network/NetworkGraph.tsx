import { forwardRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooccurrencePair } from '../../app/contract/index.ts';
import { formatCoefficient } from '../analysis/formatCoefficient.ts';
import type { EdgeWeight, Network, NetworkNode } from './networkModel.ts';

// Colours on white: labels #1f2937 (14.7:1), edges #4b5563 (7.6:1), the chosen ones #1d4ed8.
const LABEL_MAX = 28;

function shortLabel(name: string): string {
  return name.length > LABEL_MAX ? `${name.slice(0, LABEL_MAX - 1)}…` : name;
}

interface Props {
  readonly network: Network;
  /** Each code's colour by id (a code without one is drawn in the default blue). */
  readonly colours: ReadonlyMap<number, string>;
  readonly weight: EdgeWeight;
  readonly selectedPair: CooccurrencePair | null;
  readonly selectedCode: number | null;
  readonly onPair: (pair: CooccurrencePair) => void;
  readonly onCode: (node: NetworkNode) => void;
  /** What the pointer or the focus is on, in words (shown under the drawing). */
  readonly onDescribe: (text: string | null) => void;
}

/** The network as SVG: nodes and edges are buttons (Tab, arrows between nodes, Enter). */
export const NetworkGraph = forwardRef<SVGSVGElement, Props>(function NetworkGraph(
  { network, colours, weight, selectedPair, selectedCode, onPair, onCode, onDescribe },
  ref,
) {
  const { t, i18n } = useTranslation();
  const byId = new Map(network.nodes.map((node) => [node.id, node]));
  // Arrow keys go through the nodes in the order of their names.
  const order = [...network.nodes].sort((x, y) => x.name.localeCompare(y.name, i18n.language));
  const nodeText = (node: NetworkNode): string =>
    t('network.nodeFigures', { name: node.name, count: node.n });
  const edgeText = (pair: CooccurrencePair): string =>
    t('network.edgeFigures', {
      a: pair.a,
      b: pair.b,
      count: pair.count,
      c: formatCoefficient(pair.c, i18n.language),
    });
  const activate = (event: KeyboardEvent, action: () => void): void => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      action();
    }
  };
  const moveFrom = (event: KeyboardEvent, node: NetworkNode): void => {
    const step =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? -1
          : 0;
    if (step === 0) return;
    event.preventDefault();
    const index = order.findIndex((candidate) => candidate.id === node.id);
    const next = order[(index + step + order.length) % order.length];
    if (next) document.getElementById(`network-node-${next.id}`)?.focus();
  };

  return (
    <svg
      ref={ref}
      className="network"
      viewBox={`0 0 ${network.width} ${network.height}`}
      role="group"
      aria-label={t('network.label', { weight: t(`network.weights.${weight}`) })}
      onMouseLeave={() => onDescribe(null)}
    >
      <g>
        {network.edges.map((edge) => {
          const a = byId.get(edge.pair.aId);
          const b = byId.get(edge.pair.bId);
          if (!a || !b) return null;
          const chosen = selectedPair?.aId === edge.pair.aId && selectedPair.bId === edge.pair.bId;
          const text = edgeText(edge.pair);
          return (
            <g
              key={`${edge.pair.aId}-${edge.pair.bId}`}
              className="network__edge"
              tabIndex={0}
              role="button"
              aria-label={text}
              aria-pressed={chosen}
              data-pair={`${edge.pair.a}|${edge.pair.b}`}
              onClick={() => onPair(edge.pair)}
              onKeyDown={(event) => activate(event, () => onPair(edge.pair))}
              onMouseEnter={() => onDescribe(text)}
              onFocus={() => onDescribe(text)}
            >
              <title>{text}</title>
              {/* A wide invisible line under the visible one: thin edges stay easy to hit. */}
              <line
                x1={a.x}
                y1={a.y}
                x2={b.x}
                y2={b.y}
                stroke="transparent"
                strokeWidth={Math.max(10, edge.width + 6)}
              />
              <line
                x1={a.x}
                y1={a.y}
                x2={b.x}
                y2={b.y}
                stroke={chosen ? '#1d4ed8' : '#4b5563'}
                strokeOpacity={chosen ? 1 : 0.7}
                strokeWidth={edge.width}
                strokeLinecap="round"
              />
            </g>
          );
        })}
      </g>
      <g>
        {network.nodes.map((node) => {
          const chosen = selectedCode === node.id;
          const text = nodeText(node);
          // Labels go on the side away from the centre so that they leave the drawing less.
          const right = node.x <= network.width * 0.75;
          return (
            <g
              key={node.id}
              id={`network-node-${node.id}`}
              className="network__node"
              tabIndex={0}
              role="button"
              aria-label={text}
              aria-pressed={chosen}
              data-code={node.name}
              onClick={() => onCode(node)}
              onKeyDown={(event) => {
                activate(event, () => onCode(node));
                moveFrom(event, node);
              }}
              onMouseEnter={() => onDescribe(text)}
              onFocus={() => onDescribe(text)}
            >
              <title>{text}</title>
              {/* White beneath the light colour: the edges stop at the node, not seen through it. */}
              <circle cx={node.x} cy={node.y} r={node.radius} fill="#ffffff" />
              <circle
                cx={node.x}
                cy={node.y}
                r={node.radius}
                // The code's colour, light enough under its dark outline for the label beside it;
                // the chosen node stronger, with a thicker outline (not colour alone).
                fill={colours.get(node.id) ?? '#93c5fd'}
                fillOpacity={chosen ? 0.75 : 0.45}
                stroke="#1e3a8a"
                strokeWidth={chosen ? 3 : 1.5}
              />
              <text
                x={right ? node.x + node.radius + 5 : node.x - node.radius - 5}
                y={node.y + 4}
                textAnchor={right ? 'start' : 'end'}
                className="network__label"
                fill="#1f2937"
                fontSize={14}
              >
                {shortLabel(node.name)}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
});
