import type { ReactNode } from 'react';

export const metadata = { title: 'Next.js: @dexcare/virtual-visit/react', icons: { icon: 'data:,' } };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
