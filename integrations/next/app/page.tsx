// A Server Component: it renders the client component (booking.tsx) with serialisable props. The API
// to book against comes from `?api=` (the test's sandbox), else a sandbox on port 8080.
import { Booking } from './booking';

export default async function Page({ searchParams }: { searchParams: Promise<{ api?: string | string[] }> }) {
  const { api } = await searchParams;
  const apiBaseUrl = typeof api === 'string' ? api : 'http://localhost:8080/';
  return (
    <main>
      <h1>See a clinician online</h1>
      <Booking apiBaseUrl={apiBaseUrl} />
    </main>
  );
}
