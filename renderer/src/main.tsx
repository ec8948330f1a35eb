import { createRoot } from 'react-dom/client';

async function boot() {
  if (!('kiosk' in window)) (await import('../../preload/web')).installWebBridge();
  createRoot(document.getElementById('root')!).render(<h1>kiosk</h1>);
}
void boot();
