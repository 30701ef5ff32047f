import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import qrcode from 'qrcode-generator';

/** The dark modules of a QR code for `text` as one SVG path (null if it does not fit a QR code). */
export function qrPath(text: string): { size: number; d: string } | null {
  try {
    // Level M survives a projector's glare and a phone held at an angle; type 0 picks the size.
    const qr = qrcode(0, 'M');
    qr.addData(text, 'Byte');
    qr.make();
    const n = qr.getModuleCount();
    let d = '';
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) d += `M${c} ${r}h1v1h-1z`;
    return { size: n, d };
  } catch {
    // qrcode-generator throws when the data exceeds the largest version (about 2.3 kB at M)
    return null;
  }
}

/**
 * A QR code drawn as SVG: crisp at projector size, printable, no canvas. Always black on
 * white with a quiet zone, whatever the theme: phone cameras need the contrast.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const qr = useMemo(() => qrPath(text), [text]);
  if (!qr) return <p className="notice">{t('classroom.qrTooLong')}</p>;
  const q = 4;
  return (
    <svg className="qr-code" role="img" aria-label={label} viewBox={`${-q} ${-q} ${qr.size + 2 * q} ${qr.size + 2 * q}`} shapeRendering="crispEdges" data-modules={qr.size}>
      <rect x={-q} y={-q} width={qr.size + 2 * q} height={qr.size + 2 * q} fill="#fff" />
      <path d={qr.d} fill="#000" />
    </svg>
  );
}
