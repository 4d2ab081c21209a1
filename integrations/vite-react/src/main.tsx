import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

// The API to book against: `?api=` (the test's sandbox), else a sandbox on port 8080.
const apiBaseUrl = new URLSearchParams(location.search).get('api') ?? 'http://localhost:8080/';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App apiBaseUrl={apiBaseUrl} />
  </StrictMode>,
);
