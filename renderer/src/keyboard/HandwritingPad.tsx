// The 手写 pad: a large square-ish area a litigant writes one character on with a finger. Each
// stroke is handed on as it ends (the candidates follow at once); the ink stays until the character
// is picked or rewritten, when the owner passes no strokes and the pad is clean for the next one.
import { useEffect, useRef, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useInkSurface } from '../components/use-ink-surface';
import type { Point, Stroke } from './handwriting';

export interface HandwritingPadProps {
  strokes: readonly Stroke[];
  onStroke(stroke: Stroke): void;
}

/** Ink as wide as a felt pen at the pad's size: readable to an eye that needs glasses. */
const INK_WIDTH_PX = 8;

function draw(canvas: HTMLCanvasElement, strokes: readonly Stroke[]) {
  const context = canvas.getContext('2d');
  if (!context) return;
  const scale = window.devicePixelRatio || 1;
  const { width, height } = canvas.getBoundingClientRect();
  if (canvas.width !== Math.round(width * scale)) canvas.width = Math.round(width * scale);
  if (canvas.height !== Math.round(height * scale)) canvas.height = Math.round(height * scale);
  context.setTransform(scale, 0, 0, scale, 0, 0);
  context.clearRect(0, 0, width, height);
  context.lineWidth = INK_WIDTH_PX;
  context.lineCap = 'round';
  context.lineJoin = 'round';
  context.strokeStyle = getComputedStyle(canvas).color;
  for (const stroke of strokes) {
    context.beginPath();
    stroke.forEach((point, index) => (index === 0 ? context.moveTo(point.x, point.y) : context.lineTo(point.x, point.y)));
    // A tap is a dot: a line from a point to itself draws nothing.
    if (stroke.length === 1) context.lineTo(stroke[0]!.x + 0.1, stroke[0]!.y);
    context.stroke();
  }
}

export function HandwritingPad({ strokes, onStroke }: HandwritingPadProps) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const current = useRef<Stroke | null>(null);
  useInkSurface(canvas);

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    draw(element, strokes);
    const observer = new ResizeObserver(() => draw(element, strokes));
    observer.observe(element);
    return () => observer.disconnect();
  }, [strokes]);

  const pointOf = (event: PointerEvent<HTMLCanvasElement>): Point => {
    const box = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };
  const redraw = () => canvas.current && draw(canvas.current, current.current ? [...strokes, current.current] : strokes);

  return (
    <div className="handwriting-pad">
      <canvas
        ref={canvas}
        className="handwriting-pad__canvas"
        role="img"
        aria-label={t('keyboard.handwriting.pad')}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          current.current = [pointOf(event)];
          redraw();
        }}
        onPointerMove={(event) => {
          if (!current.current) return;
          current.current.push(pointOf(event));
          redraw();
        }}
        onPointerUp={() => {
          const stroke = current.current;
          current.current = null;
          if (stroke) onStroke(stroke);
        }}
        onPointerCancel={() => {
          current.current = null;
          redraw();
        }}
      />
      {strokes.length === 0 && (
        <p className="handwriting-pad__hint" aria-hidden="true">
          {t('keyboard.handwriting.padHint')}
        </p>
      )}
    </div>
  );
}
