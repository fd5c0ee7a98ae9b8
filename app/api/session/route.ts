import { cookies } from "next/headers";
import { z } from "zod";
import { errorResponse } from "@/lib/http/error-response";
import { clientAddress } from "@/lib/session/client-address";
import { getSessionConfig } from "@/lib/session/config";
import { currentUser } from "@/lib/session/current-user";
import { isSecureRequest, openSession } from "@/lib/session/session";
import { attemptSignIn } from "@/lib/session/sign-in";

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

export async function GET() {
  const user = await currentUser();
  return user ? Response.json({ user }) : errorResponse(401, "unauthenticated", "Sign in to continue.");
}

export async function POST(request: Request) {
  const body: unknown = await request.json().catch(() => undefined);
  const parsed = credentialsSchema.safeParse(body);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0] ?? "body";
    return errorResponse(400, "invalid_parameter", `${String(field)} is required.`);
  }
  const config = getSessionConfig();
  const outcome = await attemptSignIn(config, parsed.data.email, parsed.data.password, clientAddress(request.headers));
  if (outcome.kind === "locked") {
    return errorResponse(429, "too_many_attempts", "Too many failed sign-ins. Try again later.", {
      retryAfterSeconds: outcome.retryAfterSeconds,
    });
  }
  if (outcome.kind === "refused") return errorResponse(401, "invalid_credentials", "Email or password is incorrect.");

  const session = await openSession(await cookies(), config, isSecureRequest(request.headers));
  const now = Date.now();
  session.user = outcome.user;
  session.signedInAt = now;
  session.lastSeenAt = now;
  await session.save();
  return Response.json({ user: outcome.user });
}

export async function DELETE(request: Request) {
  const session = await openSession(await cookies(), getSessionConfig(), isSecureRequest(request.headers));
  session.destroy();
  return new Response(null, { status: 204 });
}
