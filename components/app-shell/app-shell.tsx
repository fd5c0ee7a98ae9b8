import type { ReactNode } from "react";
import { MainNav } from "./main-nav";
import { SignOutButton } from "./sign-out-button";

interface AppShellProps {
  user: { name: string; email: string };
  children: ReactNode;
}

export function AppShell({ user, children }: AppShellProps) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-gray-200 bg-white">
        <div className="mx-auto flex h-14 max-w-[1600px] items-center gap-6 px-4">
          <span className="font-semibold text-brand">Anton Dashboard</span>
          <MainNav />
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span className="text-gray-700" title={user.email}>
              Signed in as <strong className="font-medium">{user.name}</strong>
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main className="mx-auto w-full max-w-[1600px] flex-1 px-4 py-4">{children}</main>
    </div>
  );
}
