import type { Metadata } from "next";

export const metadata: Metadata = { title: "Batches" };

export default function BatchesPage() {
  return <h1 className="text-lg font-semibold">Batches</h1>;
}
