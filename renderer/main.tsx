import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initialiseTransport } from './api/client.ts';
import { App } from './app/App.tsx';
import { setupI18n } from './i18n/setup.ts';
import './styles.css';

function render(): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

initialiseTransport();
void setupI18n().then(render);
