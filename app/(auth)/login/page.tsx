import type { Metadata } from "next";
import { LoginForm } from "@/components/auth/login-form";
import { safeReturnPath } from "@/lib/navigation/safe-return-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const sandboxMode = process.env.DASHBOARD_SANDBOX_MODE === "1";
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-lg border border-gray-200 bg-white p-8 shadow-sm">
        <h1 className="text-xl font-semibold">Anton Merchant Dashboard</h1>
        <p className="mt-1 text-sm text-gray-600">Sign in with your finance team account.</p>
        <LoginForm returnTo={safeReturnPath(typeof next === "string" ? next : undefined)} />
        {sandboxMode && (
          <p className="mt-6 rounded bg-brand-soft p-3 text-xs text-gray-700">
            Sandbox mode: the demo sign-in was printed by <code>npm start</code> and is kept in{" "}
            <code>.sandbox/credentials.json</code>.
          </p>
        )}
      </div>
    </main>
  );
}
