import type { ReactNode } from 'react';

export const metadata = { title: 'Sign in with Naver through Logto' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
