// Mounts the example. The test serves it with `?api=` pointing at its own sandbox.
import { createRoot } from 'react-dom/client';
import { VisitBooking } from './VisitBooking.js';

const apiBaseUrl = new URLSearchParams(location.search).get('api') ?? 'http://localhost:8080/';
createRoot(document.getElementById('root')!).render(<VisitBooking apiBaseUrl={apiBaseUrl} />);
