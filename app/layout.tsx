import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { Announcer } from "@/components/ui/announcer";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Anton Merchant Dashboard", template: "%s · Anton Merchant Dashboard" },
  description: "Payouts, batches and account transactions for finance staff.",
  robots: { index: false, follow: false },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <Providers>{children}</Providers>
        <Announcer />
      </body>
    </html>
  );
}
