// A touch signature pad: the litigant signs with a finger; the strokes become a PNG the complaint
// carries. Drawing uses pointer events, so a finger, a stylus and a mouse all work.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import './SignaturePad.css';
import { useInkSurface } from './use-ink-surface';

export interface SignaturePadProps {
  label: string;
  /** A PNG data URL, or null while nothing is signed. */
  value: string | null;
  onChange(value: string | null): void;
}

/** Drawn at this size and scaled by CSS, so the PNG is the same whatever the screen. */
const WIDTH = 900;
const HEIGHT = 300;
const INK = '#111827';

export function SignaturePad({ label, value, onChange }: SignaturePadProps) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  useInkSurface(canvas);

  // Shows a signature kept in the draft (after going back and forth between steps).
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.clearRect(0, 0, WIDTH, HEIGHT);
    if (!value) return;
    const image = new Image();
    image.onload = () => context.drawImage(image, 0, 0, WIDTH, HEIGHT);
    image.src = value;
    // Only when the pad opens: while signing, the canvas already shows what the value holds.
  }, []);

  const point = (event: React.PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return { x: ((event.clientX - box.left) / box.width) * WIDTH, y: ((event.clientY - box.top) / box.height) * HEIGHT };
  };
  const start = (event: React.PointerEvent<HTMLCanvasElement>) => {
    const context = event.currentTarget.getContext('2d');
    if (!context) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drawing.current = true;
    const { x, y } = point(event);
    context.lineWidth = 6;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = INK;
    context.beginPath();
    context.moveTo(x, y);
  };
  const move = (event: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const context = event.currentTarget.getContext('2d');
    const { x, y } = point(event);
    context?.lineTo(x, y);
    context?.stroke();
  };
  const end = (event: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    drawing.current = false;
    onChange(event.currentTarget.toDataURL('image/png'));
  };
  const clear = () => {
    canvas.current?.getContext('2d')?.clearRect(0, 0, WIDTH, HEIGHT);
    onChange(null);
  };

  return (
    <div className="signature-pad">
      <p className="signature-pad__label" id="signature-pad-label">
        {label}
      </p>
      <canvas
        ref={canvas}
        className="signature-pad__canvas"
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-labelledby="signature-pad-label"
        data-signed={value ? 'yes' : 'no'}
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={end}
      />
      <div className="signature-pad__footer">
        <p className="signature-pad__status" aria-live="polite">
          {t(value ? 'filing.sign.signed' : 'filing.sign.empty')}
        </p>
        <Button variant="secondary" onClick={clear} disabled={!value}>
          {t('filing.sign.clear')}
        </Button>
      </div>
    </div>
  );
}
