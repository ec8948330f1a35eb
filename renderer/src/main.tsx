// Renderer entry: window.kiosk (the browser shell's bridge unless Electron's preload set one),
// translations, the stylesheet, then the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { createI18n } from './i18n/i18n';
import './theme/font.css';
import './theme/tokens.css';
import './theme/base.css';

async function boot() {
  if (!('kiosk' in window)) await (await import('../../preload/web')).installWebBridge();
  const i18n = createI18n();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App i18n={i18n} />
      </I18nextProvider>
    </StrictMode>,
  );
}
void boot();
