"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const SECTIONS = [
  { href: "/payouts", label: "Payouts" },
  { href: "/batches", label: "Batches" },
  { href: "/transactions", label: "Transactions" },
] as const;

export function MainNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex gap-1 text-sm">
      {SECTIONS.map(({ href, label }) => {
        const current = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={href}
            href={href}
            aria-current={current ? "page" : undefined}
            className={`rounded px-3 py-1.5 ${current ? "bg-brand-soft font-medium text-brand" : "text-gray-700 hover:bg-gray-100"}`}
          >
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
