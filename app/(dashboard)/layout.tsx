import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell/app-shell";
import { currentUser } from "@/lib/session/current-user";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  // proxy.ts already turned signed-out visitors away; this also covers a session that
  // went idle between the proxy and the render.
  const user = await currentUser();
  if (!user) redirect("/login");
  return <AppShell user={user}>{children}</AppShell>;
}
