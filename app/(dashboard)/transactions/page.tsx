import type { Metadata } from "next";

export const metadata: Metadata = { title: "Transactions" };

export default function TransactionsPage() {
  return <h1 className="text-lg font-semibold">Transactions</h1>;
}
