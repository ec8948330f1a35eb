// Elder mode (适老化) as a token switch: attributes on <html> that tokens.css keys on.
// It turns on larger sizes and high-contrast colours together, which is what elderly users need.

export function applyElderMode(on: boolean): void {
  const root = document.documentElement;
  if (on) {
    root.dataset.elder = 'on';
    root.dataset.contrast = 'high';
  } else {
    delete root.dataset.elder;
    delete root.dataset.contrast;
  }
}
