import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadPng, downloadSvg } from './chartExport.ts';

interface Props {
  readonly svg: RefObject<SVGSVGElement | null>;
  readonly fileBase: string;
  readonly onError: (error: unknown) => void;
}

/** Save the chart on screen as SVG or PNG. */
export function ChartExportButtons({ svg, fileBase, onError }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <button
        type="button"
        className="button button--small"
        onClick={() => svg.current && downloadSvg(svg.current, `${fileBase}.svg`)}
      >
        {t('charts.svg')}
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={() => svg.current && void downloadPng(svg.current, `${fileBase}.png`).catch(onError)}
      >
        {t('charts.png')}
      </button>
    </>
  );
}
